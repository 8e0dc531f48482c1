def log = new File(basedir, 'build.log').getText('UTF-8')
// first build: the one article is converted; after mvn clean it comes from the cache outside target/
assert log.count('[INFO] Converting 1 of 1 documents') == 1
assert log.count('[INFO] Converting 0 of 1 documents (1 unchanged, from the cache)') == 1
assert log.indexOf('Converting 1 of 1') < log.indexOf('Converting 0 of 1')
assert log.count('[INFO] Built ') == 2
assert new File(basedir, '.bulletin-cache/documents').isDirectory()
assert !new File(basedir, 'target/.bulletin-site.bulletin-cache').exists()
assert new File(basedir, 'target/bulletin-site/articles/first.html').isFile()
return true
