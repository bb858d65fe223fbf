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
        <location filename="../app/cli/CliTool.cpp" line="+219"/>
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
    <name>madoguchi::CoreStatusWidget</name>
    <message numerus="yes">
        <location filename="../app/sync/CoreStatusWidget.cpp" line="+44"/>
        <source>(%n not sent)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n transaction(s) wait to be sent to the core system.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::CounterPage</name>
    <message numerus="yes">
        <location filename="../app/counter/CounterPage.cpp" line="+302"/>
        <source>%n visit(s) of this counter were reopened after a restart; serving %1 first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>madoguchi::ManualIdentificationDialog</name>
    <message numerus="yes">
        <location filename="../app/counter/ManualIdentificationDialog.cpp" line="+192"/>
        <source>%n residents match: add the date of birth.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::NameView</name>
    <message numerus="yes">
        <location filename="../modules/documents/ui/NameView.cpp" line="+94"/>
        <source>%n character(s) will print in the base form, because the font has no such variant: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>madoguchi::SupervisorApprovalDialog</name>
    <message numerus="yes">
        <location filename="../modules/documents/ui/SupervisorApprovalDialog.cpp" line="+205"/>
        <source>%1 asks to print &quot;%2&quot;. The font does not have %n of the requested character form(s): they will print in the base form shown below. A supervisor must sign in and give a reason to print it anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
<context>
    <name>madoguchi::VariantWarningDialog</name>
    <message numerus="yes">
        <location filename="../modules/documents/ui/VariantWarningDialog.cpp" line="+56"/>
        <source>The font does not have %n of the requested character form(s). They will be shown and printed in the base form below. Compare with the registered spelling; printing a certificate with this name needs a supervisor&apos;s approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::VisitWorkspace</name>
    <message numerus="yes">
        <location filename="../app/counter/VisitWorkspace.cpp" line="+427"/>
        <source>%n procedure(s) offered. Ctrl+K adds them to the checklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+299"/>
        <source>%n procedure(s) on the checklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Printing %n form(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n certificate request(s) recorded; fees due: %1 yen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::QueuePanel</name>
    <message numerus="yes">
        <location filename="../modules/counter/ui/QueuePanel.cpp" line="+164"/>
        <source>%n min</source>
        <comment>waiting time</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitRules</name>
    <message numerus="yes">
        <location filename="../modules/counter/VisitRules.cpp" line="+110"/>
        <source>Visit %1 still has %n pending procedure(s): mark each done, not needed or handed off, or cancel the visit with a reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../modules/sync/ConnectionMonitor.cpp" line="+116"/>
        <source>Cannot reach the core system — working offline, %n transaction(s) not yet sent</source>
        <extracomment>Shell banner. Japanese: 基幹系に接続できません — オフラインで受付中、未送信 %n 件</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The core system is answering with errors — working offline, %n transaction(s) not yet sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending to the core system: %n transaction(s) not yet sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
