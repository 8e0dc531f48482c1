def log = new File(basedir, 'build.log').getText('UTF-8')
def page = log =~ /articles\/first\.html:(\d+): 链接失效：'timetable\.html'/
assert page.find()
def broken = "articles/first.html:${page.group(1)}: 链接失效：'timetable.html'（输出中没有 articles/timetable.html）" +
        "（来源：content/articles/first.adoc:7）"
assert log.contains('[ERROR] ' + broken)   // logged at ERROR in the site's language, traced to the AsciiDoc line
assert log =~ /Failed to execute goal .*bulletin-maven-plugin.*:check .*检查了 \d+ 个页面，用时 .*：1 个错误，0 个警告。/
assert log.contains('  ' + broken)          // and listed in the failure message
assert !log.contains('broken link')
return true
