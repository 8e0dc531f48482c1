def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Participants: 2')
assert log =~ /\[INFO\] Report written to .*target.bulletin-report/
def report = new File(basedir, 'target/bulletin-report')
assert new File(report, 'wrap-up.adoc').getText('UTF-8').contains(':jbake-status: draft')
assert !new File(basedir, 'target/bulletin-site').exists()   // the report does not build the site
return true
