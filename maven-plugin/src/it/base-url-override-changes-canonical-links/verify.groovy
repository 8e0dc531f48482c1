def site = new File(basedir, 'target/bulletin-site')
def article = new File(site, 'articles/first.html').getText('UTF-8')
assert article.contains('<link rel="canonical" href="https://staging.example.org/preview/articles/first.html">')
assert !article.contains('example.org/week/')   // neither jbake.properties' host nor the pom's
assert article.contains('Staging week')           // siteProperties from the pom apply
def sitemap = new File(site, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://staging.example.org/preview/articles/first.html</loc>')
return true
