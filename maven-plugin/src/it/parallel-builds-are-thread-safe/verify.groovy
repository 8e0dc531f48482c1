def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe')
assert !log.contains('not marked as thread-safe')
['spring', 'autumn'].each { m ->
    def site = new File(basedir, "${m}/target/bulletin-site")
    assert new File(site, 'index.html').getText('UTF-8').contains("The ${m} week")
    (1..3).each { i ->
        def page = new File(site, "articles/${m}-${i}.html").getText('UTF-8')
        assert page.contains("This is article ${i} of the ${m} week.")
        assert page.contains("https://example.org/${m}/articles/${m}-${i}.html")
    }
}
return true
