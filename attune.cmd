@echo off
rem The attune command on Windows, straight from a checkout (the mirror of ./attune): builds the runnable jar on
rem first use, then runs it. Needs Java 17+ and Maven 3.8+ (rebuild after changing the sources: mvn -DskipTests
rem package -pl cli -am). The packaged app (docs\packaging.md) needs neither.
setlocal
set "here=%~dp0"
set "jar=%here%cli\target\attune.jar"
if not exist "%jar%" (
  where mvn >nul 2>nul || (echo attune: Maven ^(mvn^) is needed to build Attune; see README.md 1>&2 & exit /b 1)
  echo attune: building ^(first run^)... 1>&2
  pushd "%here%"
  call mvn -q -B -DskipTests -Dmaven.javadoc.skip=true package -pl cli -am 1>&2
  if errorlevel 1 (popd & exit /b 1)
  popd
)
rem JAVA_OPTS (e.g. -Xmx1g for big files) and ATTUNE_JAVA_OPTS are both passed to Java
java %JAVA_OPTS% %ATTUNE_JAVA_OPTS% -jar "%jar%" %*
exit /b %errorlevel%
