def source = new File(basedir, 'src/main/bulletin')
assert new File(source, 'jbake.properties').isFile()
assert new File(source, 'content/articles').list().any { it.endsWith('.adoc') }
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Created .*src.main.bulletin \(\d+ files\)/
def site = new File(basedir, 'target/bulletin-site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'articles/world-social-work-day.html').isFile()
return true
