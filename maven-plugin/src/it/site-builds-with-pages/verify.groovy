def site = new File(basedir, 'target/bulletin-site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'about.html').isFile()
def article = new File(site, 'articles/first.html')
assert article.isFile()
assert article.getText('UTF-8').contains('Open day at the centre')
assert article.getText('UTF-8').contains('https://meiting-week.cn/week/articles/first.html')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Built ')
assert !log.contains('[WARNING]')
return true
