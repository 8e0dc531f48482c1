@echo off
rem Runs the Bulletin command line on Windows with the JVM options of bin/bulletin (see the comments there:
rem the C1 compiler only, the serial collector, JRuby without its JIT, the AppCDS archive beside the jar
rem when there is one). Works in the distribution (bulletin.jar beside bin\) and in the repository
rem (cli\target\bulletin.jar). Paths with spaces and parentheses are quoted throughout.
rem Env: JAVA (default: %JAVA_HOME%\bin\java.exe, else java on PATH), BULLETIN_JAR, BULLETIN_JAVA_OPTS.
setlocal
set "BULLETIN_HOME=%~dp0.."
set "BULLETIN_JAR_FILE=%BULLETIN_JAR%"
if not defined BULLETIN_JAR_FILE if exist "%BULLETIN_HOME%\bulletin.jar" set "BULLETIN_JAR_FILE=%BULLETIN_HOME%\bulletin.jar"
if not defined BULLETIN_JAR_FILE set "BULLETIN_JAR_FILE=%BULLETIN_HOME%\cli\target\bulletin.jar"
set "BULLETIN_JAVA_EXE=%JAVA%"
if not defined BULLETIN_JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "BULLETIN_JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined BULLETIN_JAVA_EXE set "BULLETIN_JAVA_EXE=java"
set "BULLETIN_CDS="
if exist "%BULLETIN_JAR_FILE:~0,-4%.jsa" set BULLETIN_CDS="-XX:SharedArchiveFile=%BULLETIN_JAR_FILE:~0,-4%.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
"%BULLETIN_JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF -Dsun.net.httpserver.nodelay=true %BULLETIN_CDS% %BULLETIN_JAVA_OPTS% "-Dbulletin.launcher=%~f0" -jar "%BULLETIN_JAR_FILE%" %*
exit /b %ERRORLEVEL%
