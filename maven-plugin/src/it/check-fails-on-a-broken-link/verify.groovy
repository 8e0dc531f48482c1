def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Built ')   // the build itself succeeded; the check (in verify) failed it
def page = log =~ /articles\/first\.html:(\d+): broken link: 'timetable\.html'/
assert page.find()   // the output page's line moves with the theme; the source's line (below) does not
def broken = "articles/first.html:${page.group(1)}: broken link: 'timetable.html' (articles/timetable.html is not in the output) " +
        "(source: content/articles/first.adoc:7)"
assert log.contains('[ERROR] ' + broken)   // logged at ERROR, traced to the AsciiDoc file and line
assert log =~ /Failed to execute goal .*bulletin-maven-plugin.*:check .*Checked 5 pages in .*: 1 error, 0 warnings/
assert log.contains('  ' + broken)          // and listed in the failure message
assert !log.contains('MojoExecutionException')
return true
