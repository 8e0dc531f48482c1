def log = new File(basedir, 'build.log').getText('UTF-8')
def www = new File(basedir, 'target/www')
def site = new File(basedir, 'target/bulletin-site')
assert log =~ /\[INFO\] Deployed to .*www: \d+ uploaded/
assert new File(www, 'index.html').bytes == new File(site, 'index.html').bytes
assert new File(www, 'articles/first.html').exists()
assert !new File(basedir, 'target/.www.bulletin-staging').exists()
return true
