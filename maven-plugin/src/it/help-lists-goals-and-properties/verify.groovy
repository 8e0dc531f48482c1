def log = new File(basedir, 'build.log').getText('UTF-8')
['bulletin:build', 'bulletin:serve', 'bulletin:init', 'bulletin:help'].each { assert log.contains(it) }
['siteDirectory', 'outputDirectory', 'baseUrl', 'strict', 'skip', 'verbose', 'siteProperties'].each {
    assert log.contains(it)
}
assert log.contains('User property: bulletin.baseUrl')
assert log.contains('User property: bulletin.skip')
return true
