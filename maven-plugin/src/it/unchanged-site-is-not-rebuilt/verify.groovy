def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Built ') == 1
assert log.count('[INFO] Site is up to date, build skipped') == 1
assert log.indexOf('[INFO] Built ') < log.indexOf('Site is up to date')
assert new File(basedir, 'target/bulletin-site/articles/first.html').isFile()
def state = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.fingerprint') }
assert state.size() == 1
return true
