def source = new File(basedir, 'src/main/bulletin')
assert new File(source, 'jbake.properties').isFile()
assert new File(source, 'content/articles').list().any { it.endsWith('.adoc') }
def log = new File(basedir, 'build.log').getText('UTF-8')
// the sample site is zh-CN: the goal speaks the new site's language
assert log =~ /\[INFO\] 已创建 .*src.main.bulletin（\d+ 个文件）/
// Maven's JVM gets the launcher's options through .mvn/jvm.config, written beside the pom (the project root);
// the second invocation (package) started with it, so the JVM accepted every option
def jvmConfig = new File(basedir, '.mvn/jvm.config')
assert jvmConfig.isFile()
assert jvmConfig.getText('UTF-8') ==
        '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF -Dsun.net.httpserver.nodelay=true\n'
assert log =~ /\[INFO\] 已写入 .*\.mvn.jvm\.config（-XX:TieredStopAtLevel=1 /
def site = new File(basedir, 'target/bulletin-site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'articles/world-social-work-day.html').isFile()
return true
