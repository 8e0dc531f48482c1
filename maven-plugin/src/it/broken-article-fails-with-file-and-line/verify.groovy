def log = new File(basedir, 'build.log').getText('UTF-8')
// every error, with the file and line, logged at ERROR and listed again in the failure message
assert log.contains("[ERROR] content/articles/broken.adoc:3: invalid date '2026-13-45' (use YYYY-MM-DD)")
assert log.contains("[ERROR] content/articles/also-broken.adoc:2: invalid date 'yesterday' (use YYYY-MM-DD)")
assert log =~ /Failed to execute goal .*bulletin-maven-plugin.*:build .*Build failed: 2 errors/
assert log.contains('  content/articles/also-broken.adoc:2: invalid date')
assert log.contains('  content/articles/broken.adoc:3: invalid date')
// content errors are failures, not plugin crashes; nothing half-built is published
assert !log.contains('MojoExecutionException')
assert !log.contains('Exception:')
assert !new File(basedir, 'target/bulletin-site').exists()
return true
