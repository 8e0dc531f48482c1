def production = new File(basedir, 'target/bulletin-site')
def staging = new File(basedir, 'target/staging-site')

def prodArticle = new File(production, 'articles/first.html').getText('UTF-8')
assert prodArticle.contains('<link rel="canonical" href="https://www.example.org/week/articles/first.html">')
assert prodArticle.contains('<title>Open day at the centre | Test week</title>')

def stagingArticle = new File(staging, 'articles/first.html').getText('UTF-8')
assert stagingArticle.contains('<link rel="canonical" href="https://staging.example.org/preview/articles/first.html">')
assert !stagingArticle.contains('www.example.org')
// the execution's siteProperties add to the plugin's
assert stagingArticle.contains('<title>Open day at the centre | [Preview] Test week</title>')
assert new File(staging, 'sitemap.xml').getText('UTF-8')
        .contains('<loc>https://staging.example.org/preview/articles/first.html</loc>')

[production, staging].each { site ->
    assert new File(site, 'index.html').getText('UTF-8').contains('<meta name="description" content="Built from the command line">')
}
return true
