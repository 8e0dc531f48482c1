def log = new File(basedir, 'build.log').getText('UTF-8')
// every error, with the file and line, logged at ERROR and listed again in the failure message
def errors = [
    "content/articles/also-broken.adoc:2: invalid date 'yesterday' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022", // the rest (年3月15日) depends on the log's encoding
    "content/articles/broken.adoc:3: invalid date '2026-13-45' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022", // the rest (年3月15日) depends on the log's encoding
    "content/quiz/week-quiz.adoc:10: question 'Who can ask a social worker for help?' has no correct option",
]
errors.each { e ->
    assert log.contains('[ERROR] ' + e)
    assert log.contains('  ' + e)
}
assert log =~ /Failed to execute goal .*bulletin-maven-plugin.*:build .*Build failed: 3 errors/
// content errors are failures, not plugin crashes; nothing half-built is published
assert !log.contains('MojoExecutionException')
assert !log.contains('Exception:')
assert !new File(basedir, 'target/bulletin-site').exists()
return true
