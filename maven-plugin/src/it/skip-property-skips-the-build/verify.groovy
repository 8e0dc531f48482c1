def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping bulletin:build (bulletin.skip is true)')
assert !log.contains('Converting')
assert !new File(basedir, 'target/bulletin-site').exists()
return true
