<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>madoguchi::AuditLog</name>
    <message>
        <location filename="../modules/common/AuditLog.cpp" line="+110"/>
        <source>The audit entry was not written: it needs a staff id and an action code such as &quot;login.ok&quot; (got &quot;%1&quot;).</source>
        <translation>監査記録を書き込めませんでした。職員IDと「login.ok」のような操作コードが必要です（受け取った値：「%1」）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit entry %1 was not written: its %2 looks like it holds a My Number or a PIN, which must never be stored in the audit log.</source>
        <translation>監査記録 %1 を書き込みませんでした。%2 にマイナンバーまたは暗証番号と思われる内容が含まれています。これらは監査ログに保存できません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audit record could not be written: %1</source>
        <translation>監査記録を書き込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The audit log cannot be read: %1</source>
        <translation>監査ログを読み込めません：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit record %1 does not follow the record before it: a record was deleted, inserted or moved.</source>
        <translation>監査記録 %1 が直前の記録とつながっていません。記録の削除、挿入または移動が行われています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>監査記録 %1 は書き込み後に変更されています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::CardCommand</name>
    <message>
        <location filename="../app/cli/CardCommand.cpp" line="+70"/>
        <source>The smart card service is not running: start pcscd (sudo systemctl start pcscd.socket) or, on Windows, the Smart Card service.</source>
        <translation>スマートカードサービスが動作していません。pcscd を起動するか（sudo systemctl start pcscd.socket）、Windows では Smart Card サービスを開始してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN blocked: the citizen must go to the municipal counter to reset it.</source>
        <translation>暗証番号がロックされています。ロックの解除には、ご本人が市区町村の窓口で手続きする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one PIN try is left and a wrong PIN blocks the card: check the PIN with the citizen, then run again with --confirm-last-try.</source>
        <translation>暗証番号の残り回数が1回です。間違えるとロックされます。ご本人に暗証番号を確認してから、--confirm-last-try を付けて再実行してください。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Number card (JPKI token JPKIAPICCTOKEN2)</source>
        <translation>マイナンバーカード（JPKI トークン JPKIAPICCTOKEN2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>old Basic Resident Register (住基) card, not a My Number card</source>
        <translation>住基カード（旧カード。マイナンバーカードではありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown card (not a My Number card)</source>
        <translation>不明なカード（マイナンバーカードではありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card could not be read: %1</source>
        <translation>カードを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+59"/>
        <source>No card readers are connected.</source>
        <translation>カードリーダーが接続されていません。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Card reads must be audited, but the database cannot be opened: %1</source>
        <translation>カードの読み取りは監査ログへの記録が必要ですが、データベースを開けません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card reads must be audited, but %1 has no audit log (create it with: madoguchi-cli db migrate).</source>
        <translation>カードの読み取りは監査ログへの記録が必要ですが、%1 には監査ログがありません（作成するには: madoguchi-cli db migrate）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no card reader named &quot;%1&quot; (see madoguchi-cli card list).</source>
        <translation>「%1」という名前のカードリーダーはありません（madoguchi-cli card list を参照してください）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several readers have a card: use --reader.</source>
        <translation>複数のカードリーダーにカードがあります。--reader で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reader has a card in it.</source>
        <translation>どのカードリーダーにもカードがありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is an old Basic Resident Register (住基) card, not a My Number card.</source>
        <translation>これは住基カード（旧カード）で、マイナンバーカードではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card in the reader is not a My Number card.</source>
        <translation>カードリーダーのカードはマイナンバーカードではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reader: %1</source>
        <translation>カードリーダー: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Card-info PIN: %n try(s) left.</source>
        <translation>
            <numerusform>券面事項入力補助用暗証番号: 残り%n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Card-info PIN (4 digits, not shown): </source>
        <translation>券面事項入力補助用暗証番号（4桁、表示されません）: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No PIN was given: type it at the prompt or pass it as one line on stdin.</source>
        <translation>暗証番号が入力されていません。プロンプトで入力するか、標準入力に1行で渡してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN line is too long.</source>
        <translation>暗証番号の行が長すぎます。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: %1</source>
        <translation>氏名: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>住所: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date: %1 (%2)</source>
        <translation>生年月日: %1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex: %1</source>
        <translation>性別: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Number: %1 (%2)</source>
        <translation>個人番号: %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check digit valid</source>
        <translation>チェックデジット正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>check digit INVALID</source>
        <translation>チェックデジット不一致</translation>
    </message>
</context>
<context>
    <name>madoguchi::CheckResult</name>
    <message>
        <location filename="../app/selftest/CheckResult.cpp" line="+24"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>madoguchi::CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+30"/>
        <location line="+3"/>
        <source>Option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown option %1 (see madoguchi-cli --help).</source>
        <translation>不明なオプション %1 です（madoguchi-cli --help を参照してください）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--version takes no command.</source>
        <translation>--version にはコマンドを指定できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No command given (see madoguchi-cli --help).</source>
        <translation>コマンドが指定されていません（madoguchi-cli --help を参照してください）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown %1 subcommand &quot;%2&quot; (see madoguchi-cli --help).</source>
        <translation>%1 の不明なサブコマンド「%2」です（madoguchi-cli --help を参照してください）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot; (see madoguchi-cli --help).</source>
        <translation>不明なコマンド「%1」です（madoguchi-cli --help を参照してください）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--reader and --confirm-last-try belong to card read.</source>
        <translation>--reader と --confirm-last-try は card read 専用のオプションです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: madoguchi-cli [options] &lt;command&gt; [--json]

Madoguchi&apos;s command-line tool for IT staff and scripts (no window).

Commands:
  self-test      Check database, keychain, card reader service, TLS configuration,
                 printers and Japanese fonts; exit 1 if any check finds a problem.
  audit verify   Check the audit log&apos;s hash chain; exit 3 if it is broken.
  db migrate     Create the database or bring its schema up to date.
  db status      Show the schema version of each component.
  datakey status Check the data key: the key id the database records, and whether
                 the system keychain holds that key; exit 1 if not.
  datakey rotate Replace the data key with a new one and re-encrypt every
                 encrypted column (close Madoguchi first).
  card list      List the card readers and what is in each.
  card read      Read name, address, birth date and sex from a My Number card
                 (card-info PIN from stdin or a prompt); the My Number is shown
                 masked except its last four digits. Writes an audit record.
  help           Show this help.

Options:
  --json             Machine-readable output on stdout (see docs/cli.md).
  --database PATH    Use this SQLite file instead of the configured database.
  --policy FILE      Read the admin policy from this INI file.
  --reader NAME      card read: the reader to use (see card list).
  --confirm-last-try card read: allow the read when only one PIN try is left.
  --verbose          Also show Qt&apos;s and Madoguchi&apos;s log messages on stderr.
  -h, --help         Show this help.
  -V, --version      Show the version.

Exit codes: 0 ok; 1 a problem or error (reason on stderr); 2 usage error;
3 audit log broken.
</source>
        <translation>使い方: madoguchi-cli [オプション] &lt;コマンド&gt; [--json]

情報システム担当者とスクリプト向けの窓口コマンドラインツールです（画面は開きません）。

コマンド:
  self-test      データベース、キーチェーン、カードリーダーサービス、TLS 設定、
                 プリンター、日本語フォントを確認します。問題があれば終了コード 1。
  audit verify   監査ログのハッシュチェーンを確認します。壊れていれば終了コード 3。
  db migrate     データベースを作成、またはスキーマを最新にします。
  db status      各コンポーネントのスキーマバージョンを表示します。
  datakey status データ暗号鍵を確認します。データベースに記録された鍵 ID と、
                 その鍵がシステムのキーチェーンにあるかを調べ、なければ終了コード 1。
  datakey rotate データ暗号鍵を新しい鍵に更新し、暗号化されたすべての列を
                 暗号化し直します（先に窓口を終了してください）。
  card list      カードリーダーと、それぞれに入っているカードを一覧表示します。
  card read      マイナンバーカードから氏名、住所、生年月日、性別を読み取ります
                 （券面事項入力補助用暗証番号は標準入力またはプロンプトから）。
                 個人番号は下4桁以外を伏せて表示します。監査ログに記録します。
  help           このヘルプを表示します。

オプション:
  --json             標準出力に機械可読な形式で出力します（docs/cli.md を参照）。
  --database PATH    設定済みのデータベースの代わりにこの SQLite ファイルを使います。
  --policy FILE      管理者ポリシーをこの INI ファイルから読み込みます。
  --reader NAME      card read: 使うカードリーダー（card list を参照）。
  --confirm-last-try card read: 暗証番号の残りが1回でも読み取りを行います。
  --verbose          Qt と窓口のログメッセージも標準エラー出力に表示します。
  -h, --help         このヘルプを表示します。
  -V, --version      バージョンを表示します。

終了コード: 0 正常、1 問題またはエラー（理由は標準エラー出力）、2 使い方の誤り、
3 監査ログの破損。
</translation>
    </message>
    <message>
        <source>Usage: madoguchi-cli [options] &lt;command&gt; [--json]

Madoguchi&apos;s command-line tool for IT staff and scripts (no window).

Commands:
  self-test      Check database, keychain, card reader service, TLS configuration,
                 printers and Japanese fonts; exit 1 if any check finds a problem.
  audit verify   Check the audit log&apos;s hash chain; exit 3 if it is broken.
  db migrate     Create the database or bring its schema up to date.
  db status      Show the schema version of each component.
  datakey status Check the data key: the key id the database records, and whether
                 the system keychain holds that key; exit 1 if not.
  datakey rotate Replace the data key with a new one and re-encrypt every
                 encrypted column (close Madoguchi first).
  help           Show this help.

Options:
  --json             Machine-readable output on stdout (see docs/cli.md).
  --database PATH    Use this SQLite file instead of the configured database.
  --policy FILE      Read the admin policy from this INI file.
  --verbose          Also show Qt&apos;s and Madoguchi&apos;s log messages on stderr.
  -h, --help         Show this help.
  -V, --version      Show the version.

Exit codes: 0 ok; 1 a problem or error (reason on stderr); 2 usage error;
3 audit log broken.
</source>
        <translation type="vanished">使い方: madoguchi-cli [オプション] &lt;コマンド&gt; [--json]

情報システム担当者とスクリプト向けの窓口コマンドラインツールです（画面は開きません）。

コマンド:
  self-test      データベース、キーチェーン、カードリーダーサービス、TLS 設定、
                 プリンター、日本語フォントを確認します。問題があれば終了コード 1。
  audit verify   監査ログのハッシュチェーンを確認します。壊れていれば終了コード 3。
  db migrate     データベースを作成、またはスキーマを最新にします。
  db status      各コンポーネントのスキーマバージョンを表示します。
  datakey status データ暗号鍵を確認します。データベースに記録された鍵 ID と、
                 その鍵がシステムのキーチェーンにあるかを調べ、なければ終了コード 1。
  datakey rotate データ暗号鍵を新しい鍵に更新し、暗号化されたすべての列を
                 暗号化し直します（先に窓口を終了してください）。
  help           このヘルプを表示します。

オプション:
  --json             標準出力に機械可読な形式で出力します（docs/cli.md を参照）。
  --database PATH    設定済みのデータベースの代わりにこの SQLite ファイルを使います。
  --policy FILE      管理者ポリシーをこの INI ファイルから読み込みます。
  --verbose          Qt と窓口のログメッセージも標準エラー出力に表示します。
  -h, --help         このヘルプを表示します。
  -V, --version      バージョンを表示します。

終了コード: 0 正常、1 問題またはエラー（理由は標準エラー出力）、2 使い方の誤り、
3 監査ログの破損。
</translation>
    </message>
</context>
<context>
    <name>madoguchi::CliTool</name>
    <message>
        <location filename="../app/cli/CliTool.cpp" line="+106"/>
        <source>The policy file %1 cannot be read.</source>
        <translation>ポリシーファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database file %1 does not exist (create it with: madoguchi-cli db migrate).</source>
        <translation>データベースファイル %1 がありません（madoguchi-cli db migrate で作成してください）。</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>madoguchi-cli: self-test found %n problem(s), first: %1.</source>
        <translation>
            <numerusform>madoguchi-cli: 自己診断で %n 件の問題が見つかりました。最初の問題: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no audit log (create it with: madoguchi-cli db migrate).</source>
        <translation>%1 に監査ログがありません（madoguchi-cli db migrate で作成してください）。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Audit log intact: %n record(s) checked.</source>
        <translation>
            <numerusform>監査ログは正常です: %n 件の記録を確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  %1: version %2 of %3</source>
        <translation>  %1: バージョン %2 / %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pending: run madoguchi-cli db migrate)</source>
        <translation>（未適用: madoguchi-cli db migrate を実行してください）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Applied %1 v%2: %3</source>
        <translation>%1 v%2 を適用しました: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is up to date.</source>
        <translation>%1 は最新です。</translation>
    </message>
</context>
<context>
    <name>madoguchi::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+34"/>
        <source>Madoguchi: counter application for ward offices.</source>
        <translation>窓口: 区役所の窓口業務アプリケーション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database, keychain, card reader service, TLS settings, printers and fonts, print a report and exit.</source>
        <translation>データベース、キーチェーン、カードリーダーサービス、TLS 設定、プリンター、フォントを確認し、結果を表示して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --self-test: print the report as JSON.</source>
        <translation>--self-test と併用: 結果を JSON で出力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the window that would open to a PNG file and exit.</source>
        <translation>表示される画面を PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: which window (auto, login, first-run, main).</source>
        <translation>--screenshot と併用: 保存する画面（auto、login、first-run、main）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: render the main window as a sample administrator (same as --screenshot-of main).</source>
        <translation>--screenshot と併用: サンプル管理者としてメイン画面を保存します（--screenshot-of main と同じ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the user interface (ja or en).</source>
        <translation>画面の表示言語（ja または en）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this SQLite database file instead of the configured one.</source>
        <translation>設定済みのデータベースの代わりにこの SQLite データベースファイルを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration mode (for training).</source>
        <translation>デモモード（研修用）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>不明な言語「%1」です。ja または en を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown window &quot;%1&quot; for --screenshot-of.</source>
        <translation>--screenshot-of の画面「%1」は不明です。</translation>
    </message>
</context>
<context>
    <name>madoguchi::DataKeyCommand</name>
    <message>
        <location filename="../app/cli/DataKeyCommand.cpp" line="+48"/>
        <source>The schema of %1 is not up to date; run madoguchi-cli db migrate first.</source>
        <translation>%1 のスキーマが最新ではありません。先に madoguchi-cli db migrate を実行してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A database query failed: %1</source>
        <translation>データベースの問い合わせに失敗しました：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The system keychain holds a data key that %1 has not recorded yet; Madoguchi adopts it at its next start.</source>
        <translation>システムのキーチェーンには、%1 にまだ記録されていないデータ暗号鍵があります。窓口の次回起動時にこの鍵が採用されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data key yet: %1 records none and the system keychain holds none. Madoguchi creates one when it first starts with a working keychain.</source>
        <translation>データ暗号鍵はまだありません。%1 にも記録がなく、システムのキーチェーンにもありません。キーチェーンが使える状態で窓口を初めて起動したときに作成されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data key %1 is recorded in %2 and loads from the system keychain.</source>
        <translation>データ暗号鍵 %1 は %2 に記録されており、システムのキーチェーンから読み込めます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data key rotated: %1 → %2 (%3).</source>
        <translation>データ暗号鍵を更新しました: %1 → %2（%3）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::DataKeyManager</name>
    <message>
        <location filename="../modules/common/DataKeyManager.cpp" line="+25"/>
        <source>A database query failed: %1</source>
        <translation>データベースの問い合わせに失敗しました：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data key has not been loaded.</source>
        <translation>データ鍵が読み込まれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data key is already being loaded or rotated.</source>
        <translation>データ鍵は現在読み込み中または更新中です。</translation>
    </message>
    <message>
        <location filename="../modules/common/DataKeyEntry.cpp" line="+51"/>
        <source>The data key entry in the system keychain is damaged (%1 bytes). Restore it from the backup.</source>
        <translation>システムのキーチェーンにあるデータ鍵が壊れています（%1 バイト）。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../modules/common/DataKeyManager.cpp" line="+154"/>
        <source>The database is encrypted with data key %1, but the system keychain has no data key. Restore the keychain entry from the backup; a new key would make the stored personal data unreadable.</source>
        <translation>データベースはデータ鍵 %1 で暗号化されていますが、システムのキーチェーンにデータ鍵がありません。バックアップからキーチェーンの項目を復元してください。新しい鍵を作ると、保存済みの個人情報が読めなくなります。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database is encrypted with data key %1, but the system keychain holds only key(s) %2. Restore the keychain entry from the backup that matches this database.</source>
        <translation>データベースはデータ鍵 %1 で暗号化されていますが、システムのキーチェーンには鍵 %2 しかありません。このデータベースに対応するバックアップからキーチェーンの項目を復元してください。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A value is encrypted with data key %1, which the system keychain does not hold; the key was not rotated.</source>
        <translation>データ鍵 %1 で暗号化された値がありますが、システムのキーチェーンにその鍵がありません。鍵は更新されませんでした。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An encrypted column is registered with an invalid name.</source>
        <translation>暗号化列が不正な名前で登録されています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::DataKeyStatus</name>
    <message>
        <location filename="../modules/common/DataKeyStatus.cpp" line="+44"/>
        <source>Encryption key: not available (no keychain)</source>
        <translation>暗号鍵：利用不可（キーチェーンなし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption key: loading…</source>
        <translation>暗号鍵：読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption key: ready</source>
        <translation>暗号鍵：準備完了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption key: error %1 — call IT</source>
        <translation>暗号鍵：エラー %1 — 情報システム担当へ連絡してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal data cannot be stored encrypted on this PC until the system keychain works. IT: see the Keychain line of the self-test.</source>
        <translation>システムのキーチェーンが使えるようになるまで、この PC では個人情報を暗号化して保存できません。情報システム担当者: 自己診断の「キーチェーン」の行を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal data cannot be stored encrypted until this is fixed. IT: run &quot;madoguchi-cli datakey status&quot; and see the administrator&apos;s guide, section Personal data.</source>
        <translation>この問題が解決するまで、個人情報を暗号化して保存できません。情報システム担当者: &quot;madoguchi-cli datakey status&quot; を実行し、管理者ガイドの「Personal data」の節を参照してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::Database</name>
    <message>
        <location filename="../modules/common/SqliteSupport.cpp" line="+30"/>
        <location line="+59"/>
        <source>The database file %1 is damaged (%2); restore it from a backup. It was not changed.</source>
        <translation>データベースファイル %1 が破損しています（%2）。バックアップから復元してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The database file %1 is locked by another program (%2). Close the other program or wait, then try again. It was not changed.</source>
        <translation>データベースファイル %1 は別のプログラムが使用中です（%2）。そのプログラムを終了するか、しばらく待ってから再度お試しください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 reported an error: %2</source>
        <translation>データベース %1 でエラーが発生しました：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database statement &quot;%1&quot; failed: %2</source>
        <translation>データベースの命令「%1」が失敗しました：%2</translation>
    </message>
    <message>
        <location filename="../modules/common/Database.cpp" line="+69"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>データベース用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>データベース %1 に接続できません：%2</translation>
    </message>
    <message>
        <location filename="../modules/common/SqliteSupport.cpp" line="+14"/>
        <source>The database file %1 cannot use write-ahead logging.</source>
        <translation>データベースファイル %1 では先行書き込みログ（WAL）を使用できません。</translation>
    </message>
    <message>
        <location filename="../modules/common/MigrationRunner.cpp" line="+40"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>%1 のスキーマバージョンを読み込めません：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database %1 was written by a newer version of Madoguchi (schema %2 of component %3, this version knows up to %4). Install the newer version; the database was not changed.</source>
        <translation>データベース %1 は新しいバージョンの窓口で書き込まれています（コンポーネント %3 のスキーマ %2、このバージョンは %4 まで対応）。新しいバージョンをインストールしてください。データベースは変更していません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The migrations of component &quot;%1&quot; must be numbered 1, 2, 3 … without gaps (found version %2).</source>
        <translation>コンポーネント「%1」のマイグレーションは 1、2、3 … と欠番なしで番号を付ける必要があります（バージョン %2 がありました）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Migration %1 of component &quot;%2&quot; (%3) failed, nothing of it was applied: %4</source>
        <translation>コンポーネント「%2」のマイグレーション %1（%3）に失敗したため、何も適用していません：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 version %2, statement %3: %4</source>
        <translation>%1 バージョン %2、命令 %3：%4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot record migration %1 of component &quot;%2&quot;: %3</source>
        <translation>コンポーネント「%2」のマイグレーション %1 を記録できません：%3</translation>
    </message>
    <message>
        <location filename="../modules/common/Database.cpp" line="+119"/>
        <source>Cannot start a database transaction: %1</source>
        <translation>データベースのトランザクションを開始できません：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot commit a database transaction: %1</source>
        <translation>データベースのトランザクションを確定できません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::DatabaseCheck</name>
    <message>
        <location filename="../app/selftest/DatabaseCheck.cpp" line="+16"/>
        <source>Close the other program that holds the database (another Madoguchi, a backup tool), then start Madoguchi again.</source>
        <translation>データベースを使用している別のプログラム（別の窓口、バックアップツールなど）を終了してから、窓口を再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not delete the file. Restore the database from the latest backup (admin guide, &quot;Backup and restore&quot;) and send this report to the help desk.</source>
        <translation>ファイルは削除しないでください。最新のバックアップからデータベースを復元し（管理者ガイド「バックアップと復元」）、この結果をヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the newer version of Madoguchi that wrote this database.</source>
        <translation>このデータベースを書き込んだ新しいバージョンの窓口をインストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database was left at its previous version. Send this report to the help desk.</source>
        <translation>データベースは以前のバージョンのままです。この結果をヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the database folder exists and is writable for this user and that the disk is not full (setting database/sqlitePath); for a shared PostgreSQL database, check the server and the network. Then start Madoguchi again.</source>
        <translation>データベースのフォルダーが存在し、このユーザーが書き込めること、ディスクに空きがあることを確認してください（設定 database/sqlitePath）。共有の PostgreSQL データベースの場合は、サーバーとネットワークを確認してください。その後、窓口を再起動してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be opened: %1</source>
        <translation>データベースを開けませんでした：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was not opened.</source>
        <translation>データベースは開かれていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 is lost: %2</source>
        <translation>%1 への接続が切れました：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The schema versions cannot be read: %1</source>
        <translation>スキーマバージョンを読み込めません：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No schema is installed yet.</source>
        <translation>スキーマはまだインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema: %1.</source>
        <translation>スキーマ：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pending schema updates: %1.</source>
        <translation>未適用のスキーマ更新：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;madoguchi-cli db migrate&quot; or start Madoguchi again to apply them.</source>
        <translation>「madoguchi-cli db migrate」を実行するか、窓口を再起動して適用してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The integrity check failed to run: %1</source>
        <translation>整合性チェックを実行できませんでした：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity check passed.</source>
        <translation>整合性チェックに合格しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity check found damage: %1</source>
        <translation>整合性チェックで破損が見つかりました：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write-ahead log on.</source>
        <translation>先行書き込みログ（WAL）は有効です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal mode is %1, not WAL.</source>
        <translation>ジャーナルモードが WAL ではなく %1 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the database on a local disk (WAL does not work on network shares) and start Madoguchi again.</source>
        <translation>データベースはローカルディスクに置いてください（ネットワーク共有では WAL が使えません）。その後、窓口を再起動してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::DemoSeed</name>
    <message>
        <location filename="../app/DemoSeed.cpp" line="+37"/>
        <source>Demo Administrator</source>
        <translation>デモ管理者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo Supervisor</source>
        <translation>デモ監督者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo Clerk</source>
        <translation>デモ窓口担当</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo accounts (password %1):</source>
        <translation>デモ用アカウント（パスワード %1）:</translation>
    </message>
</context>
<context>
    <name>madoguchi::DiagnosticsModule</name>
    <message>
        <location filename="../app/diagnostics/DiagnosticsModule.cpp" line="+29"/>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
</context>
<context>
    <name>madoguchi::DiagnosticsPage</name>
    <message>
        <location filename="../app/diagnostics/DiagnosticsPage.cpp" line="+64"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation facts</source>
        <translation>インストール情報</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last crash report</source>
        <translation>前回のクラッシュレポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-test status</source>
        <translation>自己診断の状況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-test results</source>
        <translation>自己診断の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per check: state, check, what was found and what to do.</source>
        <translation>確認項目ごとに 1 行: 状態、確認項目、確認結果、対処方法。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Run again (F5)</source>
        <translation>再実行(&amp;R) (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the self-test again</source>
        <translation>自己診断を再実行します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the report for the help desk</source>
        <translation>ヘルプデスク用に結果をコピーします</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Madoguchi %1 · Qt %2 (built with %3)</source>
        <translation>窓口 %1 · Qt %2（%3 でビルド）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System: %1 (%2 %3, %4)</source>
        <translation>システム: %1（%2 %3、%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workstation: %1</source>
        <translation>端末: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>ログフォルダー: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The last run of Madoguchi ended in a crash. The report is %1: send it to the help desk with this page&apos;s report.</source>
        <translation>前回の窓口はクラッシュして終了しました。レポートは %1 です。このページの結果と一緒にヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running the checks…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checked at %1: %2, %3.</source>
        <translation>%1 に確認しました: %2、%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Madoguchi diagnostics report (%1)</source>
        <translation>窓口 診断レポート（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report is on the clipboard.</source>
        <translation>結果をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::FieldCipher</name>
    <message>
        <location filename="../modules/common/FieldCipher.cpp" line="+58"/>
        <source>The random number generator failed.</source>
        <translation>乱数の生成に失敗しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>The data key %1 is not %2 bytes long.</source>
        <translation>データ鍵 %1 の長さが %2 バイトではありません。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Encrypting the data failed.</source>
        <translation>データの暗号化に失敗しました。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The encrypted data is too short (%1 bytes, at least %2 expected).</source>
        <translation>暗号化データが短すぎます（%1 バイト、%2 バイト以上が必要です）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encrypted data has an unknown format version %1.</source>
        <translation>暗号化データの形式バージョン %1 は不明です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data cannot be decrypted with this key (key id %1; the data names key id %2).</source>
        <translation>この鍵ではデータを復号できません（鍵 ID %1、データの鍵 ID %2）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decrypting the data failed.</source>
        <translation>データの復号に失敗しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data cannot be decrypted with this key (key id %1): it was made with another key, belongs to another field, or was altered.</source>
        <translation>この鍵ではデータを復号できません（鍵 ID %1）。別の鍵で作られたか、別の項目のデータか、改ざんされています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::FirstRunDialog</name>
    <message>
        <location filename="../app/FirstRunDialog.cpp" line="+105"/>
        <source>The two passwords are not the same.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Madoguchi — First start</source>
        <translation>窓口 — 初回設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator account</source>
        <translation>管理者アカウントの作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No staff accounts exist yet. The administrator you create now can add accounts for the other staff and change the settings of this counter PC.</source>
        <translation>職員アカウントがまだありません。ここで作成する管理者は、他の職員のアカウントを追加し、この窓口端末の設定を変更できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>パスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>言語(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create and sign in</source>
        <translation>作成してログイン(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and sign in</source>
        <translation>作成してログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>madoguchi::FontCheck</name>
    <message>
        <location filename="../app/selftest/FontCheck.cpp" line="+46"/>
        <source>Japanese fonts</source>
        <translation>日本語フォント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed: %1.</source>
        <translation>インストール済み：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: %1. Japanese text or registered name variants cannot be shown or printed correctly.</source>
        <translation>不足：%1。日本語の文字や登録された異体字を正しく表示・印刷できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair or reinstall Madoguchi: its installer brings the IPA fonts.</source>
        <translation>窓口を修復または再インストールしてください。インストーラーに IPA フォントが含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the fonts (as administrator): apt install fonts-ipafont-gothic fonts-ipafont-mincho fonts-ipamj-mincho</source>
        <translation>フォントをインストールしてください（管理者として）：apt install fonts-ipafont-gothic fonts-ipafont-mincho fonts-ipamj-mincho</translation>
    </message>
</context>
<context>
    <name>madoguchi::HomeModule</name>
    <message>
        <location filename="../app/HomeModule.cpp" line="+12"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
</context>
<context>
    <name>madoguchi::HomePage</name>
    <message>
        <location filename="../app/HomePage.cpp" line="+47"/>
        <source>Welcome to Madoguchi</source>
        <translation>窓口へようこそ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today is %1 (%2)</source>
        <translation>本日は %1（%2）です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a page from the list on the left, or press Ctrl+1 to Ctrl+9. Press Ctrl+L to lock the screen when you leave the counter.</source>
        <translation>左の一覧からページを選ぶか、Ctrl+1～Ctrl+9 を押してください。窓口を離れるときは Ctrl+L で画面をロックしてください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::KeychainCheck</name>
    <message>
        <location filename="../app/selftest/KeychainCheck.cpp" line="+11"/>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to Windows with your own account and check that the Credential Manager service is running; then run the test again.</source>
        <translation>ご自身のアカウントで Windows にサインインし、資格情報マネージャーのサービスが動作していることを確認してから、再度確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the Secret Service (gnome-keyring) and log in to the desktop session so that the keyring is unlocked; then run the test again.</source>
        <translation>Secret Service（gnome-keyring）を起動し、キーリングのロックが解除されるようデスクトップにログインしてから、再度確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Secrets can be stored, read and removed.</source>
        <translation>機密情報の保存、読み込み、削除ができます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain does not work: %1</source>
        <translation>キーチェーンが動作しません：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain is available.</source>
        <translation>キーチェーンを使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is in use: %1</source>
        <translation>キーチェーンを使用していません：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A locked keyring may be waiting for its password: unlock it in the desktop session. %1</source>
        <translation>ロックされたキーリングがパスワード入力を待っている可能性があります。デスクトップでロックを解除してください。%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::KeychainSecretStore</name>
    <message>
        <location filename="../modules/common/KeychainSecretStore.cpp" line="+78"/>
        <source>The system keychain has not been checked yet.</source>
        <translation>システムのキーチェーンはまだ確認されていません。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The system keychain returned different data than was stored.</source>
        <translation>システムのキーチェーンから、保存したものと異なるデータが返されました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The system keychain does not work: %1</source>
        <translation>システムのキーチェーンが動作しません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::LanguageSelector</name>
    <message>
        <location filename="../app/LanguageSelector.cpp" line="+35"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the screens</source>
        <translation>画面の表示言語</translation>
    </message>
</context>
<context>
    <name>madoguchi::LockScreen</name>
    <message>
        <location filename="../app/LockScreen.cpp" line="+134"/>
        <source>Only an administrator can end another person&apos;s session.</source>
        <translation>別の職員のセッションを終了できるのは管理者だけです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is locked</source>
        <translation>画面はロックされています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: %1 (%2)</source>
        <translation>ログイン中: %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked at %1 for %2 (%3)</source>
        <translation>%1 に %2（%3）がロックしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not %1? An administrator can end this session:</source>
        <translation>%1 さんではありませんか？ 管理者はこのセッションを終了できます:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;login:</source>
        <translation>管理者のログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator pass&amp;word:</source>
        <translation>管理者のパスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator login name</source>
        <translation>管理者のログイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator password</source>
        <translation>管理者のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End session</source>
        <translation>セッションを終了(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>セッションを終了</translation>
    </message>
</context>
<context>
    <name>madoguchi::LogSink</name>
    <message>
        <location filename="../modules/common/LogSink.cpp" line="+70"/>
        <source>Cannot open the log file: %1</source>
        <translation>ログファイルを開けません：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another log sink is already active.</source>
        <translation>別のログ出力先がすでに有効です。</translation>
    </message>
</context>
<context>
    <name>madoguchi::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="+125"/>
        <source>Enter your login name.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Madoguchi — Sign in</source>
        <translation>窓口 — ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Madoguchi</source>
        <translation>窓口にログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>言語(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo: %1 / %2</source>
        <translation>デモ: %1 / %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+141"/>
        <source>User guide</source>
        <translation>利用者ガイド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide and the administrator guide are in the docs folder of the installation, and on the ward&apos;s intranet. For a problem with this counter PC, open the Diagnostics page or run &quot;madoguchi --self-test&quot;.</source>
        <translation>利用者ガイドと管理者ガイドは、インストール先の docs フォルダーと庁内イントラネットにあります。この窓口端末に問題がある場合は、診断ページを開くか「madoguchi --self-test」を実行してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Madoguchi — %1</source>
        <translation>窓口 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>利用者ガイド(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in: %1 (%2)</source>
        <translation>ログイン中: %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation: %1</source>
        <translation>端末: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: ready</source>
        <translation>キーチェーン: 使用可能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keychain: not available</source>
        <translation>キーチェーン: 使用不可</translation>
    </message>
</context>
<context>
    <name>madoguchi::ModuleHost</name>
    <message>
        <location filename="../app/ModuleHost.cpp" line="+80"/>
        <source>This page could not be opened.</source>
        <translation>このページを開けませんでした。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>madoguchi::Money</name>
    <message>
        <location filename="../modules/common/Money.cpp" line="+11"/>
        <source>character %1</source>
        <translation>文字 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sum of %1 and %2 is too large</source>
        <translation>%1 と %2 の合計が大きすぎます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The difference of %1 and %2 is too large</source>
        <translation>%1 と %2 の差が大きすぎます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 times %2 is too large</source>
        <translation>%1 × %2 が大きすぎます</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The amount is empty</source>
        <translation>金額が空です</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The amount is too large: at most %1 yen</source>
        <translation>金額が大きすぎます。上限は %1 円です</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Digits are grouped by three between commas</source>
        <translation>桁区切りのカンマは 3 桁ごとです</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Yen amounts are whole numbers, &quot;%1&quot; is not allowed</source>
        <translation>円の金額は整数です。「%1」は使えません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount has no digits</source>
        <translation>金額に数字がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Unexpected &quot;%1&quot; in the amount</source>
        <translation>金額に予期しない「%1」があります</translation>
    </message>
</context>
<context>
    <name>madoguchi::NullSecretStore</name>
    <message>
        <location filename="../modules/common/NullSecretStore.cpp" line="+10"/>
        <source>No system keychain is available on this computer.</source>
        <translation>このコンピューターではシステムのキーチェーンを使用できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrets cannot be stored or read: %1</source>
        <translation>機密情報を保存・読み込みできません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::PasswordHasher</name>
    <message>
        <location filename="../modules/common/PasswordHasher.cpp" line="+29"/>
        <source>The password could not be processed (PBKDF2 failed).</source>
        <translation>パスワードを処理できませんでした（PBKDF2 が失敗しました）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No random numbers are available for the password salt.</source>
        <translation>パスワードのソルトに使う乱数を取得できません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::PcscCheck</name>
    <message>
        <location filename="../app/selftest/PcscCheck.cpp" line="+16"/>
        <source>Card reader service (PC/SC)</source>
        <translation>カードリーダーサービス（PC/SC）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The service is running with %n reader(s) (%1), but the configured reader &quot;%2&quot; is not among them.</source>
        <translation>
            <numerusform>サービスは動作しており、リーダーが %n 台あります（%1）が、設定されたリーダー「%2」はその中にありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect the configured card reader, or choose one of the connected readers in the settings (card reader).</source>
        <translation>設定されたカードリーダーを接続するか、設定（カードリーダー）で接続中のリーダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The service is running with %n reader(s): %1.</source>
        <translation>
            <numerusform>サービスは動作しており、リーダーが %n 台あります：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configured reader &quot;%1&quot; is connected.</source>
        <translation>設定されたリーダー「%1」が接続されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service is running but no card reader is connected.</source>
        <translation>サービスは動作していますが、カードリーダーが接続されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect the card reader (check the USB cable); cards cannot be read until then.</source>
        <translation>カードリーダーを接続してください（USB ケーブルを確認してください）。接続されるまでカードは読み取れません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows &quot;Smart Card&quot; service is not running (%1).</source>
        <translation>Windows の「Smart Card」サービスが動作していません（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the &quot;Smart Card&quot; service (services.msc) and set it to start automatically; Windows stops it when no reader is connected.</source>
        <translation>「Smart Card」サービスを開始し（services.msc）、自動で開始するよう設定してください。リーダーが接続されていないと Windows はこのサービスを停止します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pcscd is not running (%1).</source>
        <translation>pcscd が動作していません（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it: systemctl start pcscd.socket (as administrator); install the package pcscd if it is missing.</source>
        <translation>開始してください：systemctl start pcscd.socket（管理者として）。パッケージ pcscd がない場合はインストールしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card reader service answered with an error: %1 (0x%2).</source>
        <translation>カードリーダーサービスがエラーを返しました：%1（0x%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the card reader service, reconnect the reader, and run the test again; if it persists, send this report to the help desk.</source>
        <translation>カードリーダーサービスを再起動し、リーダーを接続し直して再度確認してください。解決しない場合は、この結果をヘルプデスクに送ってください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::PolicyCheck</name>
    <message>
        <location filename="../app/selftest/PolicyCheck.cpp" line="+12"/>
        <source>Admin policy</source>
        <translation>管理者ポリシー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No setting is set by the admin policy (%1).</source>
        <translation>管理者ポリシーで設定されている項目はありません（%1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s) set by the admin policy (%1).</source>
        <translation>
            <numerusform>管理者ポリシーで %n 項目が設定されています（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) of the admin policy are ignored: %1</source>
        <translation>
            <numerusform>管理者ポリシーの %n 件の項目が無視されています：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove these entries in %1 (see policy.ini.example in the installer folder for the keys and their ranges).</source>
        <translation>%1 のこれらの項目を修正または削除してください（キーと範囲は installer フォルダーの policy.ini.example を参照）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::PrinterCheck</name>
    <message>
        <location filename="../app/selftest/PrinterCheck.cpp" line="+18"/>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer is installed.</source>
        <translation>プリンターがインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is installed; the configured printer &quot;%1&quot; is missing.</source>
        <translation>プリンターがインストールされていません。設定されたプリンター「%1」がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the counter&apos;s printer in Windows settings (Printers &amp; scanners) to print certificates.</source>
        <translation>証明書を印刷するため、Windows の設定（プリンターとスキャナー）で窓口のプリンターをインストールしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the counter&apos;s printer in CUPS (http://localhost:631 or the system settings) to print certificates.</source>
        <translation>証明書を印刷するため、CUPS（http://localhost:631 またはシステム設定）で窓口のプリンターをインストールしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no default printer</source>
        <translation>通常使うプリンターなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: %1</source>
        <translation>通常使うプリンター：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configured printer &quot;%1&quot; is not installed. Installed: %2 (%3).</source>
        <translation>設定されたプリンター「%1」はインストールされていません。インストール済み：%2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the printer &quot;%1&quot;, or choose an installed printer in the settings (printer).</source>
        <translation>プリンター「%1」をインストールするか、設定（プリンター）でインストール済みのプリンターを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n printer(s): %1 (%2).</source>
        <translation>
            <numerusform>プリンター %n 台：%1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates print on &quot;%1&quot;.</source>
        <translation>証明書は「%1」で印刷します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the certificate printer in the settings (printer) or set a default printer.</source>
        <translation>設定（プリンター）で証明書用のプリンターを選ぶか、通常使うプリンターを設定してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::Role</name>
    <message>
        <location filename="../modules/common/Role.h" line="+37"/>
        <source>Clerk</source>
        <translation>窓口担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>madoguchi::Screenshot</name>
    <message>
        <location filename="../app/Screenshot.cpp" line="+24"/>
        <source>The window could not be drawn.</source>
        <translation>画面を描画できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The picture could not be saved: %1</source>
        <translation>画像を保存できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::SelfTestReport</name>
    <message>
        <location filename="../app/selftest/SelfTestReport.cpp" line="+23"/>
        <source>[OK]</source>
        <translation>[正常]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[WARNING]</source>
        <translation>[警告]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[PROBLEM]</source>
        <translation>[問題]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::SessionController</name>
    <message numerus="yes">
        <location filename="../app/SessionController.cpp" line="+36"/>
        <source>Your session reached the limit of %n hour(s). Please sign in again.</source>
        <translation>
            <numerusform>セッションの上限（%n 時間）に達しました。もう一度ログインしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::SettingEditor</name>
    <message>
        <location filename="../app/SettingEditor.cpp" line="+101"/>
        <source>Set by your administrator (policy)</source>
        <translation>管理者が設定しています（ポリシー）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change this setting.</source>
        <translation>この設定を変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(system default)</source>
        <translation>（システムの既定）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for %1</source>
        <translation>%1 を参照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked by policy</source>
        <translation>ポリシーでロック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin only</source>
        <translation>管理者のみ</translation>
    </message>
</context>
<context>
    <name>madoguchi::Settings</name>
    <message>
        <location filename="../modules/common/Settings.cpp" line="+101"/>
        <source>The setting %1 must be true or false, not &quot;%2&quot;.</source>
        <translation>設定 %1 は true または false で指定してください（「%2」は不可）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The setting %1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>設定 %1 は %2～%3 の整数で指定してください（「%4」は不可）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting %1 must be text.</source>
        <translation>設定 %1 は文字列で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setting %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>設定 %1 は %2 のいずれかで指定してください（「%3」は不可）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setting %1 must be an absolute path, not &quot;%2&quot;.</source>
        <translation>設定 %1 は絶対パスで指定してください（「%2」は不可）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The setting %1 is set by the administrator&apos;s policy and cannot be changed here.</source>
        <translation>設定 %1 は管理者のポリシーで設定されているため、ここでは変更できません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot save the settings to %1.</source>
        <translation>設定を %1 に保存できません。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The policy %1 cannot be read; it is ignored.</source>
        <translation>ポリシー %1 を読み込めないため、無視します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policy sets %1, which is not a setting of Madoguchi; it is ignored.</source>
        <translation>ポリシーで設定されている %1 は窓口の設定項目ではないため、無視します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The policy value is ignored.</source>
        <translation>ポリシーの値は無視されます。</translation>
    </message>
    <message>
        <location filename="../modules/common/SettingsKeys.cpp" line="+30"/>
        <source>Language of the user interface; empty follows the system.</source>
        <translation>画面の表示言語。空欄の場合はシステムに従います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes without input before the screen locks.</source>
        <translation>画面がロックされるまでの無操作時間（分）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours after which staff must sign in again.</source>
        <translation>再ログインが必要になるまでの時間（時間）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this counter PC in the audit log; empty uses the host name.</source>
        <translation>監査ログに記録するこの窓口端末の名前。空欄の場合はホスト名を使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local store: sqlite or postgresql.</source>
        <translation>ローカルデータベース：sqlite または postgresql。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite database file; empty uses the application data folder.</source>
        <translation>SQLite データベースファイル。空欄の場合はアプリケーションデータフォルダーを使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL server host name.</source>
        <translation>PostgreSQL サーバーのホスト名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server port.</source>
        <translation>PostgreSQL サーバーのポート番号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL database name.</source>
        <translation>PostgreSQL のデータベース名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL user name.</source>
        <translation>PostgreSQL のユーザー名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address of the core system (https://...).</source>
        <translation>基幹システムのアドレス（https://...）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File of CA certificates trusted for the core system (PEM).</source>
        <translation>基幹システム用に信頼する CA 証明書のファイル（PEM）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client certificate of this counter PC for the core system (PKCS#12).</source>
        <translation>基幹システム用のこの窓口端末のクライアント証明書（PKCS#12）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the card reader used at this counter.</source>
        <translation>この窓口で使うカードリーダーの名前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for log files; empty uses the logs folder in the application data.</source>
        <translation>ログファイルのフォルダー。空欄の場合はアプリケーションデータの logs フォルダーを使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt logging filter rules.</source>
        <translation>Qt のログ出力フィルター規則。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size in KiB at which a log file is rotated.</source>
        <translation>ログファイルを切り替えるサイズ（KiB）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of rotated log files kept.</source>
        <translation>保存するログファイルの世代数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer for certificates; empty uses the default.</source>
        <translation>証明書用のプリンター。空欄の場合は通常使うプリンターを使います。</translation>
    </message>
</context>
<context>
    <name>madoguchi::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="+100"/>
        <source>Some values are not valid. Nothing was saved.</source>
        <translation>正しくない値があります。何も保存していません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings could not be saved completely.</source>
        <translation>設定の一部を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings marked &quot;Locked by policy&quot; are set by your administrator and cannot be changed here. Changes take effect when you save.</source>
        <translation>「ポリシーでロック」と表示された設定は管理者が設定しており、ここでは変更できません。変更は保存したときに反映されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>madoguchi::StaffAccountDialog</name>
    <message>
        <location filename="../app/StaffAccountDialog.cpp" line="+136"/>
        <source>The two passwords are not the same.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New staff account</source>
        <translation>職員アカウントの新規作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account for a member of staff.</source>
        <translation>職員のアカウントを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for %1. Give it to them in person.</source>
        <translation>%1 の新しいパスワードを設定します。本人に直接伝えてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set password</source>
        <translation>パスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Change role</source>
        <translation>権限の変更</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose the role of %1.</source>
        <translation>%1 の権限を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange role</source>
        <translation>権限を変更(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>権限(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat password:</source>
        <translation>パスワード（確認）(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>madoguchi::StaffDirectory</name>
    <message>
        <location filename="../modules/common/StaffDirectory.cpp" line="+25"/>
        <location filename="../modules/common/StaffTable.cpp" line="+19"/>
        <source>The staff accounts could not be read or written: %1</source>
        <translation>職員アカウントを読み書きできませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>パスワードは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login name must have 1 to 32 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>ログイン名は 1～32 文字の半角英字、数字、「.」「_」「-」で入力してください。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter a display name.</source>
        <translation>表示名を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login name %1 is already taken.</source>
        <translation>ログイン名 %1 はすでに使われています。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../modules/common/StaffTable.cpp" line="+47"/>
        <source>There is no account %1.</source>
        <translation>アカウント %1 はありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The login name or the password is wrong.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>このアカウントは無効になっています。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation>パスワードの誤りが多すぎるため、このアカウントは %1 までロックされています。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only an active administrator can change staff accounts.</source>
        <translation>職員アカウントを変更できるのは、有効な管理者だけです。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is the last active administrator. Make another account an administrator first.</source>
        <translation>%1 は最後の有効な管理者です。先に別のアカウントを管理者にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot disable your own account or take away your own administrator role. Ask another administrator.</source>
        <translation>自分のアカウントを無効にしたり、自分の管理者権限を外したりすることはできません。別の管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::StaffModule</name>
    <message>
        <location filename="../app/StaffModule.cpp" line="+17"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
</context>
<context>
    <name>madoguchi::StaffPage</name>
    <message>
        <location filename="../app/StaffPage.cpp" line="+116"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>%1 までロック中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+72"/>
        <source>Disable account</source>
        <translation>アカウントを無効にする</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+72"/>
        <source>Enable account</source>
        <translation>アカウントを有効にする</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Disable the account of %1? They can no longer sign in until it is enabled again.</source>
        <translation>%1 のアカウントを無効にしますか？再び有効にするまで、この職員はログインできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account of %1? They can sign in again.</source>
        <translation>%1 のアカウントを有効にしますか？この職員は再びログインできるようになります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable</source>
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+5"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select an account with the arrow keys, then choose an action. Every change is recorded in the audit log under your name.</source>
        <translation>矢印キーでアカウントを選んでから、操作を選んでください。変更はすべて、あなたの名前で監査ログに記録されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New account…</source>
        <translation>新規アカウント(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>新規アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>パスワード再設定(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset password</source>
        <translation>パスワード再設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change r&amp;ole…</source>
        <translation>権限の変更(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change role</source>
        <translation>権限の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable…</source>
        <translation>有効にする(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable…</source>
        <translation>無効にする(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock account</source>
        <translation>アカウントのロック解除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shortcut: %1</source>
        <translation>ショートカット: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::TlsCheck</name>
    <message>
        <location filename="../app/selftest/TlsCheck.cpp" line="+38"/>
        <source>Ask the core system&apos;s administrators for the CA certificate (PEM) and set its path in the admin policy (core/caBundle).</source>
        <translation>基幹システムの管理者から CA 証明書（PEM）を入手し、そのパスを管理者ポリシー（core/caBundle）に設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No CA bundle is configured.</source>
        <translation>CA 証明書ファイルが設定されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA bundle %1 does not exist.</source>
        <translation>CA 証明書ファイル %1 がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>CA 証明書ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Make the file readable for the counter&apos;s user account.</source>
        <translation>窓口の利用者アカウントがこのファイルを読めるようにしてください。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The CA bundle %1 contains no PEM certificate.</source>
        <translation>CA 証明書ファイル %1 に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA bundle %1 contains an unreadable certificate.</source>
        <translation>CA 証明書ファイル %1 に読み取れない証明書があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate &quot;%1&quot; in %2 expired on %3.</source>
        <translation>%2 の CA 証明書「%1」は %3 に期限切れになりました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate &quot;%1&quot; in %2 is not valid before %3; check the computer&apos;s clock.</source>
        <translation>%2 の CA 証明書「%1」は %3 より前には有効ではありません。コンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the computer&apos;s date and time correctly.</source>
        <translation>コンピューターの日付と時刻を正しく設定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate &quot;%1&quot; expires on %2.</source>
        <translation>CA 証明書「%1」の有効期限は %2 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the core system&apos;s administrators for the renewed CA certificate.</source>
        <translation>基幹システムの管理者から更新された CA 証明書を入手してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>CA bundle: %n valid certificate(s).</source>
        <translation>
            <numerusform>CA 証明書ファイル：有効な証明書 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install this PC&apos;s client certificate (PKCS#12) and set its path in the admin policy (core/clientCertificate).</source>
        <translation>この端末のクライアント証明書（PKCS#12）をインストールし、そのパスを管理者ポリシー（core/clientCertificate）に設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client certificate is configured.</source>
        <translation>クライアント証明書が設定されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client certificate %1 does not exist.</source>
        <translation>クライアント証明書 %1 がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client certificate %1 cannot be read.</source>
        <translation>クライアント証明書 %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client certificate file present (its passphrase in the keychain is not checked here).</source>
        <translation>クライアント証明書ファイルがあります（キーチェーン内のパスフレーズはここでは確認していません）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS configuration (core system link)</source>
        <translation>TLS 設定（基幹システム連携）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS library is available (OpenSSL 3 is needed).</source>
        <translation>TLS ライブラリがありません（OpenSSL 3 が必要です）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair or reinstall Madoguchi: its installer brings OpenSSL.</source>
        <translation>窓口を修復または再インストールしてください。インストーラーに OpenSSL が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the package libssl3 (as administrator).</source>
        <translation>パッケージ libssl3 をインストールしてください（管理者として）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS backend: %1 (%2).</source>
        <translation>TLS バックエンド：%1（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The core system link is not configured.</source>
        <translation>基幹システム連携が設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set core/baseUrl, core/caBundle and core/clientCertificate in the admin policy to send transactions to the core system.</source>
        <translation>基幹システムに処理を送信するには、管理者ポリシーで core/baseUrl、core/caBundle、core/clientCertificate を設定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No core system address is configured.</source>
        <translation>基幹システムのアドレスが設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the core system&apos;s https address in the admin policy (core/baseUrl).</source>
        <translation>管理者ポリシー（core/baseUrl）に基幹システムの https アドレスを設定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The core system address &quot;%1&quot; is not a valid URL.</source>
        <translation>基幹システムのアドレス「%1」は正しい URL ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct core/baseUrl in the admin policy, e.g. https://core.example.lg.jp/api/.</source>
        <translation>管理者ポリシーの core/baseUrl を修正してください（例：https://core.example.lg.jp/api/）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The core system address &quot;%1&quot; does not use https.</source>
        <translation>基幹システムのアドレス「%1」は https ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address in core/baseUrl: personal data must travel encrypted.</source>
        <translation>core/baseUrl には https:// のアドレスを使ってください。個人情報は暗号化して送る必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core system: %1.</source>
        <translation>基幹システム：%1。</translation>
    </message>
</context>
<context>
    <name>madoguchi::Wareki</name>
    <message>
        <location filename="../modules/common/WarekiParser.cpp" line="+15"/>
        <source>character %1</source>
        <translation>文字 %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The date is incomplete</source>
        <translation>日付が不完全です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected &quot;%1&quot; in the date</source>
        <translation>日付に予期しない「%1」があります</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is not a month</source>
        <translation>%1 は月ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a date in %2</source>
        <translation>%1 は %2 にない日付です</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A Western year has 4 digits, this one has %1</source>
        <translation>西暦の年は 4 桁ですが、%1 桁あります</translation>
    </message>
    <message>
        <location filename="../modules/common/Wareki.cpp" line="+139"/>
        <source>%1 does not exist: era years start at 1 (%2)</source>
        <translation>%1 は存在しません。元号の年は 1 から始まります（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist: %2 ended on %3</source>
        <translation>%1 は存在しません。%2 は %3 に終わっています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 starts on %2, %3 is before it</source>
        <translation>%1 は %2 に始まります。%3 はそれより前です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ended on %2, %3 is after it (that day is %4)</source>
        <translation>%1 は %2 に終わっています。%3 はそれより後です（その日は %4 です）</translation>
    </message>
    <message>
        <location filename="../modules/common/WarekiParser.cpp" line="+32"/>
        <source>A date code has digits only, not &quot;%1&quot;</source>
        <translation>日付コードは数字だけです。「%1」は使えません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A date code has 7 digits (era digit + YYMMDD), this one has %1</source>
        <translation>日付コードは 7 桁（元号の数字 + 年月日 6 桁）ですが、%1 桁あります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown era digit %1: use 1 (%2), 2 (%3), 3 (%4), 4 (%5) or 5 (%6)</source>
        <translation>不明な元号の数字 %1 です。1（%2）、2（%3）、3（%4）、4（%5）、5（%6）のいずれかを使ってください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date is empty</source>
        <translation>日付が空です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A date code has 7 digits (era digit + YYMMDD) or 8 digits (YYYYMMDD), this one has %1</source>
        <translation>日付コードは 7 桁（元号の数字 + 年月日 6 桁）または 8 桁（西暦年月日）ですが、%1 桁あります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown era &quot;%1&quot;</source>
        <translation>不明な元号「%1」です</translation>
    </message>
</context>
<context>
    <name>madoguchi::main</name>
    <message>
        <location filename="../app/main.cpp" line="+89"/>
        <source>Sample Administrator</source>
        <translation>サンプル管理者</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Madoguchi cannot open its database, so it cannot start.

%1

Ask your administrator; the file has not been changed.</source>
        <translation>データベースを開けないため、窓口を起動できません。

%1

管理者にお問い合わせください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
</context>
</TS>
