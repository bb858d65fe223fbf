<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>madoguchi::CardCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CardCommand.cpp" line="+273"/>
        <source>Card-info PIN: %n try(s) left.</source>
        <translation>
            <numerusform>Card-info PIN: %n try left.</numerusform>
            <numerusform>Card-info PIN: %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::CliTool</name>
    <message numerus="yes">
        <location filename="../app/cli/CliTool.cpp" line="+212"/>
        <source>madoguchi-cli: self-test found %n problem(s), first: %1.</source>
        <translation>
            <numerusform>madoguchi-cli: self-test found %n problem, first: %1.</numerusform>
            <numerusform>madoguchi-cli: self-test found %n problems, first: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Audit log intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Audit log intact: %n record checked.</numerusform>
            <numerusform>Audit log intact: %n records checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::DiagnosticsPage</name>
    <message numerus="yes">
        <location filename="../app/diagnostics/DiagnosticsPage.cpp" line="+210"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::KeychainCheck</name>
    <message numerus="yes">
        <location filename="../app/selftest/KeychainCheck.cpp" line="+57"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::PcscCheck</name>
    <message numerus="yes">
        <location filename="../app/selftest/PcscCheck.cpp" line="+27"/>
        <source>The service is running with %n reader(s) (%1), but the configured reader &quot;%2&quot; is not among them.</source>
        <translation>
            <numerusform>The service is running with %n reader (%1), but the configured reader &quot;%2&quot; is not among them.</numerusform>
            <numerusform>The service is running with %n readers (%1), but the configured reader &quot;%2&quot; is not among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The service is running with %n reader(s): %1.</source>
        <translation>
            <numerusform>The service is running with %n reader: %1.</numerusform>
            <numerusform>The service is running with %n readers: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::PolicyCheck</name>
    <message numerus="yes">
        <location filename="../app/selftest/PolicyCheck.cpp" line="+18"/>
        <source>%n setting(s) set by the admin policy (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) of the admin policy are ignored: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::PrinterCheck</name>
    <message numerus="yes">
        <location filename="../app/selftest/PrinterCheck.cpp" line="+52"/>
        <source>%n printer(s): %1 (%2).</source>
        <translation>
            <numerusform>%n printer: %1 (%2).</numerusform>
            <numerusform>%n printers: %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::SessionController</name>
    <message numerus="yes">
        <location filename="../app/SessionController.cpp" line="+36"/>
        <source>Your session reached the limit of %n hour(s). Please sign in again.</source>
        <translation>
            <numerusform>Your session reached the limit of %n hour. Please sign in again.</numerusform>
            <numerusform>Your session reached the limit of %n hours. Please sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::StaffDirectory</name>
    <message numerus="yes">
        <location filename="../modules/common/StaffDirectory.cpp" line="+74"/>
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::TlsCheck</name>
    <message numerus="yes">
        <location filename="../app/selftest/TlsCheck.cpp" line="+92"/>
        <source>CA bundle: %n valid certificate(s).</source>
        <translation>
            <numerusform>CA bundle: %n valid certificate.</numerusform>
            <numerusform>CA bundle: %n valid certificates.</numerusform>
        </translation>
    </message>
</context>
</TS>
