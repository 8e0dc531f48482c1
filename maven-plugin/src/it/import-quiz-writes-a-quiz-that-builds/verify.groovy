def quiz = new File(basedir, 'src/main/bulletin/content/quiz/imported.adoc')
assert quiz.isFile()
assert quiz.getText('UTF-8').contains('[.answers.numerals]\n* 七\n* 7\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] 已写入 .*imported\.adoc（2 道题）/   // the language of the site the quiz goes into (zh-CN)
def page = new File(basedir, 'target/bulletin-site/quiz/imported.html')
assert page.isFile()
assert page.getText('UTF-8').contains('class="quiz-blank-input"')
return true
