<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>the file is not valid JSON: %1</source>
        <translation type="obsolete">ファイルが正しい JSON ではありません：%1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation type="obsolete">不明なキー「%1」（ここで使用できるキー：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="obsolete">「%1」がありません</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="obsolete">&quot;format&quot; は &quot;%1&quot; である必要があります</translation>
    </message>
</context>
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
    <name>madoguchi::CardMessages</name>
    <message>
        <location filename="../app/card/CardMessages.cpp" line="+13"/>
        <source>The card&apos;s PIN is blocked, so the card cannot be read with it. No PIN was sent. The citizen must have the PIN reset through the PIN-reset procedure at the municipal counter.</source>
        <translation>カードの暗証番号がロックされているため、このカードは読み取れません。暗証番号は送信していません。ご本人が市区町村の窓口で暗証番号の再設定手続きを行う必要があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PIN is wrong: %1. Nothing is retried automatically: ask the citizen to enter it again.</source>
        <translation>暗証番号が正しくありません（%1）。自動では再試行しません。ご本人にもう一度入力していただいてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 try left</source>
        <translation>残り1回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tries left</source>
        <translation>残り%1回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The smart card service is not running, so the card cannot be read. Ask IT to start it (pcscd on Linux, &quot;Smart Card&quot; on Windows).</source>
        <translation>スマートカードサービスが動作していないため、カードを読み取れません。情報システム担当者にサービスの開始を依頼してください（Linux では pcscd、Windows では「Smart Card」）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card reader was not found. Check that it is connected, or choose the reader again.</source>
        <translation>カードリーダーが見つかりません。接続を確認するか、リーダーを選び直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no card on the reader. Place the citizen&apos;s card on it and read again.</source>
        <translation>リーダーにカードがありません。ご本人のカードをリーダーに置いて、もう一度読み取ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is not an Individual Number Card. Ask the citizen for their Individual Number Card, or identify them another way.</source>
        <translation>このカードはマイナンバーカードではありません。ご本人にマイナンバーカードの提示をお願いするか、別の方法で本人確認を行ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only one PIN try is left; a wrong PIN blocks the card. Confirm on the PIN pad to use it.</source>
        <translation>暗証番号の残り回数が1回です。間違えるとカードがロックされます。使用する場合は暗証番号入力画面で確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN is four digits (0–9). Nothing was sent to the card.</source>
        <translation>暗証番号は4桁の数字（0～9）です。カードには何も送信していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was removed during the read; nothing was kept. Place the card on the reader and read again.</source>
        <translation>読み取り中にカードが取り外されたため、読み取った内容は保持していません。カードをリーダーに置いて、もう一度読み取ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program reset the card during the read. Read it again.</source>
        <translation>読み取り中に別のプログラムがカードをリセットしました。もう一度読み取ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card did not answer in time. Take it off the reader, place it again and read again.</source>
        <translation>カードが時間内に応答しませんでした。カードをリーダーから離して置き直し、もう一度読み取ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card read was cancelled.</source>
        <translation>カードの読み取りをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::CardModule</name>
    <message>
        <location filename="../app/card/CardModule.cpp" line="+49"/>
        <source>Identify by card</source>
        <translation>カードで本人確認</translation>
    </message>
</context>
<context>
    <name>madoguchi::CardReadFlow</name>
    <message>
        <location filename="../app/counter/CardReadFlow.cpp" line="+77"/>
        <source>Card read cancelled; no PIN was sent.</source>
        <translation>カードの読み取りをキャンセルしました。暗証番号は送信していません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The card was read, but it is not used because the audit record could not be written: %1</source>
        <translation>カードは読み取りましたが、監査記録を書き込めなかったため使用しません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::CardReaderStatus</name>
    <message>
        <location filename="../app/card/CardReaderStatus.cpp" line="+105"/>
        <source>Card reader: checking…</source>
        <translation>カードリーダー: 確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card service not running</source>
        <translation>カードサービス停止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card reader chosen</source>
        <translation>カードリーダー未選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card reader not found</source>
        <translation>カードリーダーが見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card reader ready, no card</source>
        <translation>カードリーダー準備完了（カードなし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card on the reader</source>
        <translation>リーダーにカードあり</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Madoguchi is contacting the smart card service.</source>
        <translation>窓口がスマートカードサービスに接続しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smart card service (pcscd on Linux, &quot;Smart Card&quot; on Windows) is not running, so no card can be read. Ask IT to start it; Madoguchi reconnects by itself.</source>
        <translation>スマートカードサービス（Linux では pcscd、Windows では「Smart Card」）が動作していないため、カードを読み取れません。情報システム担当者にサービスの開始を依頼してください。窓口は自動的に再接続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose this counter&apos;s card reader on the Identify by card page.</source>
        <translation>「カードで本人確認」ページで、この窓口のカードリーダーを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader &quot;%1&quot; is not connected. Check its cable, or choose another reader on the Identify by card page.</source>
        <translation>リーダー「%1」が接続されていません。ケーブルを確認するか、「カードで本人確認」ページで別のリーダーを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place the citizen&apos;s card on the reader &quot;%1&quot;.</source>
        <translation>ご本人のカードをリーダー「%1」に置いてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card is on the reader &quot;%1&quot;. Read it on the Identify by card page (F5).</source>
        <translation>リーダー「%1」にカードがあります。「カードで本人確認」ページで読み取ってください（F5）。</translation>
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
        <location line="+24"/>
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
  core passphrase Store the passphrase of this PC&apos;s client certificate for the
                 core system (PKCS#12) in the system keychain; read from stdin
                 or a prompt without echo.
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
        <location filename="../app/cli/CliTool.cpp" line="+111"/>
        <source>The policy file %1 cannot be read.</source>
        <translation>ポリシーファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location line="+29"/>
        <source>Passphrase of the client certificate: </source>
        <translation>クライアント証明書のパスフレーズ: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passphrase was given (one line on stdin, at most 64 bytes).</source>
        <translation>パスフレーズが指定されていません（標準入力から1行、64バイト以内）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is stored in the system keychain.
</source>
        <translation>パスフレーズをシステムのキーチェーンに保存しました。
</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <name>madoguchi::CoreStatusWidget</name>
    <message>
        <location filename="../app/sync/CoreStatusWidget.cpp" line="+26"/>
        <source>Core system: checking…</source>
        <translation>基幹システム: 確認中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core system: connected</source>
        <translation>基幹システム: 接続中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core system: answering with errors</source>
        <translation>基幹システム: エラー応答あり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core system: offline</source>
        <translation>基幹システム: オフライン</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n not sent)</source>
        <translation>
            <numerusform>（未送信 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n transaction(s) wait to be sent to the core system.</source>
        <translation>
            <numerusform>基幹システムへの送信を待っている処理が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every transaction has reached the core system.</source>
        <translation>すべての処理が基幹システムに届いています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::CounterModule</name>
    <message>
        <location filename="../app/counter/CounterModule.cpp" line="+90"/>
        <source>Counter</source>
        <translation>窓口業務</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ward office</source>
        <translation>区役所</translation>
    </message>
</context>
<context>
    <name>madoguchi::CounterPage</name>
    <message>
        <location filename="../app/counter/CounterPage.cpp" line="+42"/>
        <source>Counter</source>
        <translation>窓口業務</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ticket category</source>
        <translation>整理券の種類</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issue ticket (Ctrl+T)</source>
        <translation>整理券を発行(&amp;I) (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issues a ticket of the chosen category and writes its slip as a PDF. Shortcut: Ctrl+T.</source>
        <translation>選んだ種類の整理券を発行し、PDF で出力します。ショートカット: Ctrl+T。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue ticket</source>
        <translation>整理券を発行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call &amp;display (Ctrl+Shift+D)</source>
        <translation>呼出表示(&amp;D) (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens or closes the call display on the second screen. Shortcut: Ctrl+Shift+D.</source>
        <translation>サブディスプレイの呼出表示を開く、または閉じます。ショートカット: Ctrl+Shift+D。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen &amp;view (Ctrl+Shift+K)</source>
        <translation>来庁者確認画面(&amp;V) (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens or closes the confirmation view for the citizen on the second screen. Shortcut: Ctrl+Shift+K.</source>
        <translation>サブディスプレイの来庁者向け確認画面を開く、または閉じます。ショートカット: Ctrl+Shift+K。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output &amp;folder…</source>
        <translation>出力フォルダー(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chooses the folder where ticket slips and forms are written as PDF.</source>
        <translation>整理券と申請書の PDF を保存するフォルダーを選びます。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The counter data could not be loaded: %1</source>
        <translation>窓口のデータを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a ticket category first.</source>
        <translation>先に整理券の種類を選んでください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>Ticket %1 issued. The slip could not be made: %2</source>
        <translation>整理券 %1 を発行しました。整理券を作成できませんでした：%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ticket %1 issued. Printing the slip…</source>
        <translation>整理券 %1 を発行しました。整理券を印刷しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 issued. Slip: %2</source>
        <translation>整理券 %1 を発行しました。整理券：%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Ticket %1 issued. The slip could not be written to %2.</source>
        <translation>整理券 %1 を発行しました。整理券を %2 に書き込めませんでした。</translation>
    </message>
    <message>
        <source> The slip could not be made: %1</source>
        <translation type="vanished">整理券を作成できませんでした：%1</translation>
    </message>
    <message>
        <source> Slip: %1</source>
        <translation type="vanished">整理券の保存先：%1</translation>
    </message>
    <message>
        <source> The slip could not be written to %1.</source>
        <translation type="vanished">整理券を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation type="vanished">整理券 %1 を発行しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket %1 is being served: close, hand off or cancel it before calling the next one.</source>
        <translation>整理券 %1 の対応中です。次の番号を呼び出す前に、完了、引継ぎ、または取消をしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>この窓口でお待ちの方はいません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket %1 called.</source>
        <translation>整理券 %1 を呼び出しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket %1 called again.</source>
        <translation>整理券 %1 を再度呼び出しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticket %1 skipped.</source>
        <translation>整理券 %1 をスキップしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n visit(s) of this counter were reopened after a restart; serving %1 first.</source>
        <translation>
            <numerusform>再起動後、この窓口の来庁 %n 件を再開しました。整理券 %1 から対応します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 was reopened after a restart.</source>
        <translation>再起動後、整理券 %1 の対応を再開しました。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Folder for ticket slips and forms</source>
        <translation>整理券と申請書の出力フォルダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket slips and forms are written to %1.</source>
        <translation>整理券と申請書は %1 に出力されます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::Csv</name>
    <message>
        <location filename="../modules/common/Csv.cpp" line="+75"/>
        <source>The file is not valid UTF-8.</source>
        <translation>ファイルが正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Text follows the closing quote of a quoted field.</source>
        <translation>引用符で囲まれたフィールドの閉じ引用符の後に文字があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quote inside a field that does not start with a quote.</source>
        <translation>引用符で始まらないフィールドの中に引用符があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>引用符で囲まれたフィールドが、ファイルの終わりまでに閉じられていません。</translation>
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
    <name>madoguchi::FontCatalog</name>
    <message>
        <location filename="../modules/documents/FontCatalog.cpp" line="+91"/>
        <source>The font family &quot;%1&quot; is not installed.</source>
        <translation>フォントファミリー「%1」がインストールされていません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The font family %1 for %2 text is not installed; no other font is used in its place.</source>
        <translation>%2 の文字用のフォントファミリー %1 がインストールされていません。代わりのフォントは使用しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the font families %1 for %2 text is installed; no other font is used in their place.</source>
        <translation>%2 の文字用のフォントファミリー %1 がいずれもインストールされていません。代わりのフォントは使用しません。</translation>
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
    <name>madoguchi::FontFace</name>
    <message>
        <location filename="../modules/documents/FontFace.cpp" line="+38"/>
        <source>The font &quot;%1&quot; cannot be loaded: %2</source>
        <translation>フォント「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds no glyphs</source>
        <translation>ファイルにグリフがありません</translation>
    </message>
</context>
<context>
    <name>madoguchi::FormDetailsDialog</name>
    <message>
        <location filename="../app/counter/FormDetailsDialog.cpp" line="+17"/>
        <source>Details for the forms</source>
        <translation>申請書の記載事項</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day of the move</source>
        <translation>異動日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous address</source>
        <translation>前住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New address</source>
        <translation>新住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the certificates</source>
        <translation>証明書の使用目的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the &amp;move:</source>
        <translation>異動日(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous address:</source>
        <translation>前住所(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New address:</source>
        <translation>新住所(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose of certificates:</source>
        <translation>証明書の使用目的(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the day of the move as YYYY-MM-DD.</source>
        <translation>異動日は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::HandOffDialog</name>
    <message>
        <location filename="../app/counter/HandOffDialog.cpp" line="+22"/>
        <source>Hand the visit off</source>
        <translation>来庁の引継ぎ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To counter</source>
        <translation>引継ぎ先の窓口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To department</source>
        <translation>引継ぎ先の担当課</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note for the next clerk</source>
        <translation>引継ぎ先の担当者へのメモ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedures handed off</source>
        <translation>引き継ぐ手続き</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To &amp;counter:</source>
        <translation>引継ぎ先の窓口(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;department:</source>
        <translation>引継ぎ先の担当課(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Procedures:</source>
        <translation>手続き(&amp;P):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hand off</source>
        <translation>引継ぎ(&amp;H)</translation>
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
    <name>madoguchi::IdentityPanel</name>
    <message>
        <location filename="../app/card/IdentityPanel.cpp" line="+166"/>
        <source>The data shown was cleared when the screen was locked.</source>
        <translation>画面のロック時に、表示していたデータを消去しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Identify by card</source>
        <translation>カードで本人確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read card (F5)</source>
        <translation>カード読み取り(&amp;R) (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the card on the reader</source>
        <translation>リーダーのカードを読み取ります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the Individual Number Card with the citizen&apos;s PIN. Shortcut: F5 or Ctrl+R.</source>
        <translation>ご本人の暗証番号でマイナンバーカードを読み取ります。ショートカット: F5 または Ctrl+R。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the identity shown</source>
        <translation>表示中の本人情報を消去します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Number:</source>
        <translation>マイナンバー:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Card read cancelled; no PIN was sent.</source>
        <translation>カードの読み取りをキャンセルしました。暗証番号は送信していません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The card was read, but nothing is shown because the audit record could not be written: %1</source>
        <translation>カードは読み取りましたが、監査記録を書き込めなかったため何も表示していません：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card read. Check the person against the card&apos;s photo.</source>
        <translation>カードを読み取りました。カードの顔写真とご本人を照合してください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The card was removed from the reader: the data shown was cleared.</source>
        <translation>カードがリーダーから取り外されたため、表示していたデータを消去しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of birth: %1</source>
        <translation>生年月日: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex: %1</source>
        <translation>性別: %1</translation>
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
    <name>madoguchi::LifeEventPicker</name>
    <message>
        <location filename="../app/counter/LifeEventPicker.cpp" line="+16"/>
        <source>What happened (life events)</source>
        <translation>ご用件のきっかけ（ライフイベント）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Alt+%2)</source>
        <translation>%1（Alt+%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — shortcut: Alt+%2</source>
        <translation>%1 — ショートカット: Alt+%2</translation>
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
        <location filename="../app/MainWindow.cpp" line="+162"/>
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
    <name>madoguchi::ManualIdentificationDialog</name>
    <message>
        <location filename="../app/counter/ManualIdentificationDialog.cpp" line="+38"/>
        <source>Identify without the card</source>
        <translation>カードなしで本人確認</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why not by card</source>
        <translation>カードを使わない理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID document seen</source>
        <translation>確認した本人確認書類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who asks</source>
        <translation>請求者の区分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of who asks</source>
        <translation>請求者の氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the person</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the request</source>
        <translation>請求の目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>氏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kana)</source>
        <translation>氏（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kana)</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look up in the core system (Ctrl+L)</source>
        <translation>基幹システムで検索(&amp;L) (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finds the resident by family name, given name and date of birth. Shortcut: Ctrl+L.</source>
        <translation>氏、名、生年月日で住民を検索します。ショートカット: Ctrl+L。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID &amp;document:</source>
        <translation>本人確認書類(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who asks:</source>
        <translation>請求者(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;name:</source>
        <translation>請求者の氏名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lation:</source>
        <translation>本人との関係(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>氏(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (&amp;kana):</source>
        <translation>氏（カナ）(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (k&amp;ana):</source>
        <translation>名（カナ）(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>性別(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>住所(&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Identify</source>
        <translation>本人確認(&amp;I)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type the family name (and given name) to look the resident up.</source>
        <translation>住民を検索するには、氏（と名）を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking the resident up…</source>
        <translation>住民を検索しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No resident matches; type the person in.</source>
        <translation>該当する住民はいません。ご本人の情報を入力してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n residents match: add the date of birth.</source>
        <translation>
            <numerusform>%n 人の住民が該当します。生年月日を追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resident found (%1). Support measure in force: the address is not shown.</source>
        <translation>住民が見つかりました（%1）。支援措置の対象のため、住所は表示しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident found (%1).</source>
        <translation>住民が見つかりました（%1）。</translation>
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
    <name>madoguchi::MyNumberField</name>
    <message>
        <location filename="../app/card/MyNumberField.cpp" line="+93"/>
        <source>No audit log is available.</source>
        <translation>監査ログを利用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is not shown because the audit record could not be written: %1</source>
        <translation>監査記録を書き込めなかったため、番号を表示していません：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Number: none read</source>
        <translation>マイナンバー: 未読み取り</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Number: %1</source>
        <translation>マイナンバー: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My Number, hidden; last four digits %1</source>
        <translation>マイナンバー（非表示）、下4桁 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide number</source>
        <translation>番号を隠す(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show number</source>
        <translation>番号を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the My Number</source>
        <translation>マイナンバーを隠します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full My Number (writes an audit record)</source>
        <translation>マイナンバーをすべて表示します（監査ログに記録されます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the full number for %1 seconds; the reveal is recorded in the audit log.</source>
        <translation>%1 秒間、番号をすべて表示します。表示したことは監査ログに記録されます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::NameItemDelegate</name>
    <message>
        <location filename="../modules/documents/ui/NameItemDelegate.cpp" line="+126"/>
        <source>Cannot show the name: %1</source>
        <translation>氏名を表示できません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::NameLineEdit</name>
    <message>
        <location filename="../modules/documents/ui/NameLineEdit.cpp" line="+126"/>
        <source>Choose variant (F4)</source>
        <translation>異体字を選択（F4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a registered variant of the character before the cursor (F4)</source>
        <translation>カーソルの前の文字について、登録された異体字を選びます（F4）</translation>
    </message>
</context>
<context>
    <name>madoguchi::NameView</name>
    <message numerus="yes">
        <location filename="../modules/documents/ui/NameView.cpp" line="+94"/>
        <source>%n character(s) will print in the base form, because the font has no such variant: %1</source>
        <translation>
            <numerusform>フォントに該当する異体字がないため、%n 文字が基本字形で印刷されます：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot show the name: %1</source>
        <translation>氏名を表示できません：%1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Variant warning</source>
        <translation>異体字の警告</translation>
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
    <name>madoguchi::OldFormTable</name>
    <message>
        <location filename="../modules/common/OldFormTable.cpp" line="+42"/>
        <source>The file is not valid UTF-8.</source>
        <translation>ファイルが正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expected two characters: the old form and its reduction.</source>
        <translation>旧字体と置き換え先の新字体の 2 文字が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each side must be exactly one character.</source>
        <translation>それぞれちょうど 1 文字である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A variation selector cannot be reduced.</source>
        <translation>異体字セレクタは置き換えの対象にできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A character cannot reduce to itself.</source>
        <translation>文字をその文字自身に置き換えることはできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The old form %1 is listed twice.</source>
        <translation>旧字体 %1 が 2 回登録されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 reduces to %2, which is itself an old form in the table.</source>
        <translation>%1 の置き換え先 %2 が、それ自体この表の旧字体になっています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::PageLayout</name>
    <message>
        <location filename="../modules/documents/PageLayout.cpp" line="+56"/>
        <source>The document has no pages.</source>
        <translation>文書にページがありません。</translation>
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
    <name>madoguchi::PdfWriter</name>
    <message>
        <location filename="../modules/documents/PdfWriter.cpp" line="+57"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF を書き込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF を保存できませんでした：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no page %1 to show (the document has %2) or the resolution %3 dpi is not usable.</source>
        <translation>表示するページ %1 がない（文書は %2 ページ）か、解像度 %3 dpi が使用できません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::PinPadDialog</name>
    <message>
        <location filename="../app/card/PinPadDialog.cpp" line="+40"/>
        <location line="+1"/>
        <location line="+36"/>
        <source>Card PIN</source>
        <translation>カードの暗証番号</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The citizen enters the four-digit PIN of the card. Enter reads the card, Escape cancels.</source>
        <translation>ご本人がカードの4桁の暗証番号を入力します。Enter キーで読み取り、Esc キーでキャンセルします。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;PIN (four digits):</source>
        <translation>暗証番号（4桁）(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Four digits. What is typed is not read aloud.</source>
        <translation>4桁の数字です。入力内容は読み上げられません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the card… keep it on the reader.</source>
        <translation>カードを読み取っています…リーダーからカードを離さないでください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>暗証番号を消去します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last digit</source>
        <translation>最後の1桁を削除します</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cancel without reading the card</source>
        <translation>カードを読み取らずにキャンセルします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read card</source>
        <translation>カード読み取り(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the card with this PIN</source>
        <translation>この暗証番号でカードを読み取ります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one PIN try is left. If this PIN is wrong, the card&apos;s PIN is blocked and the citizen must have it reset at the municipal counter.

Use the last try?</source>
        <translation>暗証番号の残り回数が1回です。この暗証番号が間違っていると、カードの暗証番号がロックされ、ご本人が市区町村の窓口で再設定の手続きを行う必要があります。

最後の1回を使いますか？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel, keep the last try</source>
        <translation>キャンセルして最後の1回を残します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the last try</source>
        <translation>最後の1回を使う(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the last PIN try</source>
        <translation>暗証番号の最後の1回を使います</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PIN blocked</source>
        <translation>暗証番号ロック</translation>
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
    <name>madoguchi::PrintGate</name>
    <message>
        <location filename="../modules/documents/PrintGate.cpp" line="+80"/>
        <source>nobody signed the approval</source>
        <translation>承認者が署名していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a supervisor</source>
        <translation>%1 は監督者ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a print cannot be approved by the person who prints it</source>
        <translation>印刷する本人は印刷を承認できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approval gives no reason</source>
        <translation>承認の理由がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approval to print characters in their base form is not valid: %1.</source>
        <translation>基本字形での印刷の承認が無効です：%1。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The document was not printed: printing %1 in the base form was not approved.</source>
        <translation>文書を印刷しませんでした。%1 を基本字形で印刷することが承認されていません。</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="vanished">PDF を保存できませんでした：%1</translation>
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
    <name>madoguchi::QuestionsForm</name>
    <message>
        <location filename="../app/counter/QuestionsForm.cpp" line="+24"/>
        <source>Questions for the citizen</source>
        <translation>来庁者への確認事項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open questions.</source>
        <translation>未回答の確認事項はありません。</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+14"/>
        <source>Not asked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>madoguchi::ReaderChooser</name>
    <message>
        <location filename="../app/card/ReaderChooser.cpp" line="+55"/>
        <source>Card &amp;reader:</source>
        <translation>カードリーダー(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card readers connected to this PC</source>
        <translation>この端末に接続されているカードリーダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this reader</source>
        <translation>このリーダーを使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected reader at this counter</source>
        <translation>選択したリーダーをこの窓口で使用します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your administrator sets the reader for this PC.</source>
        <translation>この端末のリーダーは管理者が設定します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ReasonDialog</name>
    <message>
        <location filename="../app/counter/ReasonDialog.cpp" line="+45"/>
        <source>A reason is required.</source>
        <translation>理由を入力してください。</translation>
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
        <location filename="../modules/common/SettingsKeys.cpp" line="+40"/>
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
        <location line="+3"/>
        <source>Seconds without an answer after which a request to the core system fails (and is retried).</source>
        <translation>基幹システムへの要求を失敗とみなす（再試行する）までの無応答時間（秒）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between two looks at the core system&apos;s changes feed.</source>
        <translation>基幹システムの変更情報を確認する間隔（秒）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the card reader used at this counter.</source>
        <translation>この窓口で使うカードリーダーの名前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File of the J-LIS CA certificates (PEM) that the authentication certificate of a My Number card is checked against; empty: certificates are shown as not checked.</source>
        <translation>マイナンバーカードの利用者証明用電子証明書の検証に使う J-LIS の CA 証明書のファイル（PEM）。空欄の場合、証明書は未検証と表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow reading name, address, birth date and sex with the check code B (birth date, expiry year and security code printed on the card) instead of the citizen&apos;s PIN. UNCONFIRMED on real cards: tested only with the virtual card. Off by default.</source>
        <translation>暗証番号の代わりに照合番号B（カードに記載された生年月日、有効期限の年、セキュリティコード）で氏名、住所、生年月日、性別を読み取れるようにします。実際のカードでは未確認（仮想カードでのみテスト済み）。既定では無効。</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>madoguchi::SupervisorApprovalDialog</name>
    <message>
        <location filename="../modules/documents/ui/SupervisorApprovalDialog.cpp" line="+149"/>
        <source>Enter the supervisor&apos;s login name.</source>
        <translation>監督者のログイン名を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>You cannot approve your own print: a different supervisor must sign in.</source>
        <translation>自分の印刷を自分で承認することはできません。別の監督者がログインしてください。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Enter the reason for printing the base form.</source>
        <translation>基本字形で印刷する理由を入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is signed in as %2: only a supervisor or an administrator can approve.</source>
        <translation>%1 は %2 としてログインしています。承認できるのは監督者または管理者だけです。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Supervisor approval</source>
        <translation>監督者の承認</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 asks to print &quot;%2&quot;. The font does not have %n of the requested character form(s): they will print in the base form shown below. A supervisor must sign in and give a reason to print it anyway.</source>
        <translation>
            <numerusform>%1 さんが「%2」の印刷を求めています。要求された字形のうち %n 文字がフォントにないため、下に示す基本字形で印刷されます。それでも印刷するには、監督者がログインして理由を入力する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supervisor &amp;login:</source>
        <translation>監督者のログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor login</source>
        <translation>監督者のログイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor password</source>
        <translation>監督者のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for printing the base form</source>
        <translation>基本字形で印刷する理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. checked against the family register; no registered variant</source>
        <translation>例：戸籍と照合済み。登録された異体字なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve printing</source>
        <translation>印刷を承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve printing</source>
        <translation>印刷を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: do not print</source>
        <translation>キャンセル：印刷しません</translation>
    </message>
</context>
<context>
    <name>madoguchi::SupportOverrideDialog</name>
    <message>
        <location filename="../app/counter/SupportOverrideDialog.cpp" line="+19"/>
        <source>Supervisor authorisation (support measure)</source>
        <translation>監督者の承認（支援措置）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervisor login</source>
        <translation>監督者のログイン名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisor password</source>
        <translation>監督者のパスワード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the authorisation</source>
        <translation>承認の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;login:</source>
        <translation>監督者のログイン名(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Authorise</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The supervisor must give a reason.</source>
        <translation>監督者は理由を入力する必要があります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::SyncModule</name>
    <message>
        <location filename="../app/sync/SyncModule.cpp" line="+23"/>
        <source>Core system</source>
        <translation>基幹システム</translation>
    </message>
</context>
<context>
    <name>madoguchi::SyncPage</name>
    <message>
        <location filename="../app/sync/SyncPage.cpp" line="+37"/>
        <source>Waiting</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused — needs a retry</source>
        <translation>拒否 — 再送が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed — retried automatically</source>
        <translation>失敗 — 自動で再送</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not yet sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All (latest 200)</source>
        <translation>すべて（最新200件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>来庁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>次回の送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions for the core system</source>
        <translation>基幹システムへの処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection now</source>
        <translation>今すぐ接続を確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the selected transaction (Ctrl+R)</source>
        <translation>選択した処理を再送 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a refused transaction again, and after it the visit&apos;s later ones (Ctrl+R).</source>
        <translation>拒否された処理を再送し、続いて同じ来庁の後続の処理を送信します (Ctrl+R)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate passphrase…</source>
        <translation>クライアント証明書のパスフレーズ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection: %1</source>
        <translation>接続: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1 · Sending: %2 · Failed: %3 (of which need a retry: %4) · Delivered: %5</source>
        <translation>送信待ち: %1 · 送信中: %2 · 失敗: %3（うち再送が必要: %4） · 送信済み: %5</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The retry was not started because the audit log could not record it: %1</source>
        <translation>監査ログに記録できなかったため、再送を開始しませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client certificate passphrase</source>
        <translation>クライアント証明書のパスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this PC&apos;s client certificate (PKCS#12). It is stored in the system keychain, never in a settings file.</source>
        <translation>この PC のクライアント証明書（PKCS#12）のパスフレーズ。設定ファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::TableLayout</name>
    <message>
        <location filename="../modules/documents/TableLayout.cpp" line="+73"/>
        <source>Table row %1 is taller than the space between the table&apos;s top and its bottom limit (%2 mm).</source>
        <translation>表の %1 行目が、表の上端から下限（%2 mm）までの高さを超えています。</translation>
    </message>
</context>
<context>
    <name>madoguchi::TemplateFiller</name>
    <message>
        <location filename="../modules/documents/TemplateFiller.cpp" line="+34"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>不明なフィールド「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &quot;%1&quot;: &quot;%2&quot; holds no fields</source>
        <translation>不明なフィールド「%1」：「%2」にはフィールドがありません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the field &quot;%1&quot; is not text (it holds %2)</source>
        <translation>フィールド「%1」は文字列ではありません（%2 が入っています）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the field &quot;%1&quot; holds no readable image</source>
        <translation>フィールド「%1」に読み取れる画像がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;%1&quot; is not a list of rows</source>
        <translation>フィールド「%1」は行のリストではありません</translation>
    </message>
</context>
<context>
    <name>madoguchi::TemplateLibrary</name>
    <message>
        <location filename="../modules/documents/TemplateLibrary.cpp" line="+63"/>
        <source>There is no document template &quot;%1&quot;.</source>
        <translation>文書テンプレート「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::TemplateLoader</name>
    <message>
        <location filename="../modules/documents/TemplateLoader.cpp" line="+124"/>
        <source>the page number format needs {{page}} (and may have {{pages}})</source>
        <translation>ページ番号の書式には {{page}} が必要です（{{pages}} も使用できます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a page number format knows only {{page}} and {{pages}}</source>
        <translation>ページ番号の書式で使えるのは {{page}} と {{pages}} だけです</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a table needs &quot;columns&quot;: a list of {&quot;width&quot;, &quot;header&quot;, &quot;cell&quot;}</source>
        <translation>表には &quot;columns&quot;（{&quot;width&quot;, &quot;header&quot;, &quot;cell&quot;} のリスト）が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a column must be an object</source>
        <translation>列はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the columns (%1 mm from x = %2 mm) are wider than the page</source>
        <translation>列（x = %2 mm から幅 %1 mm）がページの幅を超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;bottom&quot; must lie below &quot;at&quot;</source>
        <translation>&quot;bottom&quot; は &quot;at&quot; より下にある必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; は &quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported (only 1)</source>
        <translation>バージョン %1 には対応していません（対応しているのは 1 のみ）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;page&quot; must be an object</source>
        <translation>&quot;page&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown page size &quot;%1&quot; (known: A4)</source>
        <translation>不明な用紙サイズ「%1」（対応：A4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown orientation &quot;%1&quot; (known: portrait, landscape)</source>
        <translation>不明な向き「%1」（対応：portrait、landscape）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a template needs &quot;elements&quot;: a list of objects</source>
        <translation>テンプレートには &quot;elements&quot;（オブジェクトのリスト）が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an element must be an object</source>
        <translation>要素はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown element type &quot;%1&quot; (known: text, line, box, image, table, pageNumber)</source>
        <translation>不明な要素の種類「%1」（対応：text、line、box、image、table、pageNumber）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file is not valid JSON: %1</source>
        <translation>ファイルが正しい JSON ではありません：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a template is a JSON object</source>
        <translation>テンプレートは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The template cannot be read: %1</source>
        <translation>テンプレートを読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../modules/documents/TemplateReader.cpp" line="+35"/>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation>不明なキー「%1」（ここで使用できるキー：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+28"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>「%1」は %2～%3 の数値である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false である必要があります</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; must be [x, y, width, height] in millimetres</source>
        <translation>「%1」はミリメートル単位の [x, y, width, height] である必要があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be [x, y] in millimetres</source>
        <translation>「%1」はミリメートル単位の [x, y] である必要があります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the area [%1, %2, %3, %4] does not lie on the %5 x %6 mm page</source>
        <translation>領域 [%1, %2, %3, %4] が %5 × %6 mm のページに収まっていません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the point [%1, %2] does not lie on the %3 x %4 mm page</source>
        <translation>点 [%1, %2] が %3 × %4 mm のページ上にありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown font role &quot;%1&quot; (known: name, body, bodyMincho)</source>
        <translation>不明なフォントの役割「%1」（対応：name、body、bodyMincho）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is no colour of the form #rrggbb</source>
        <translation>「%1」は #rrggbb 形式の色ではありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown alignment &quot;%1&quot; (known: %2)</source>
        <translation>不明な配置「%1」（対応：%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is no field name (letters, digits, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>「%1」はフィールド名ではありません（使用できるのは英字、数字、「_」「.」）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{{%1}}&quot; is no placeholder: a field name has letters, digits, &apos;_&apos; and &apos;.&apos;</source>
        <translation>「{{%1}}」はプレースホルダーではありません。フィールド名に使用できるのは英字、数字、「_」「.」です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{{%1}}&quot;: {{row.&lt;name&gt;}} is only for the cells of a table</source>
        <translation>「{{%1}}」：{{row.&lt;name&gt;}} は表のセルでのみ使用できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a placeholder opened with &quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation>「{{」で始まるプレースホルダーが「}}」で閉じられていません</translation>
    </message>
</context>
<context>
    <name>madoguchi::TextImageRenderer</name>
    <message>
        <location filename="../modules/documents/TextImageRenderer.cpp" line="+100"/>
        <source>The font &quot;%1&quot; has no glyph %2.</source>
        <translation>フォント「%1」にはグリフ %2 がありません。</translation>
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
    <name>madoguchi::VariantComparisonView</name>
    <message>
        <location filename="../modules/documents/ui/VariantComparisonView.cpp" line="+26"/>
        <source>a variation selector without a base character (%1)</source>
        <translation>基底文字のない異体字セレクタ（%1）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Requested</source>
        <translation>要求された字形</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will print</source>
        <translation>印刷される字形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered variants of this character</source>
        <translation>この文字の登録された異体字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requested: %1</source>
        <translation>要求された字形: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Will print as the base form of %1 %2</source>
        <translation>%1 %2 の基本字形で印刷されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base form</source>
        <translation>基本字形</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (the font has no such character)</source>
        <translation>なし（フォントにこの文字がありません）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>madoguchi::VariantPicker</name>
    <message>
        <location filename="../modules/documents/ui/VariantPicker.cpp" line="+90"/>
        <source>Variants of %1 (%2):</source>
        <translation>%1（%2）の異体字:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants of %1 %2</source>
        <translation>%1 %2 の異体字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The font %1 has no glyph for %2 (%3).</source>
        <translation>フォント %1 には %2（%3）のグリフがありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The font %1 registers no variants of %2 (%3).</source>
        <translation>フォント %1 には %2（%3）の異体字が登録されていません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::VariantWarningDialog</name>
    <message>
        <location filename="../modules/documents/ui/VariantWarningDialog.cpp" line="+54"/>
        <source>Variant not in the font</source>
        <translation>フォントにない異体字</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The font does not have %n of the requested character form(s). They will be shown and printed in the base form below. Compare with the registered spelling; printing a certificate with this name needs a supervisor&apos;s approval.</source>
        <translation>
            <numerusform>要求された字形のうち %n 文字がフォントにありません。これらの文字は下に示す基本字形で表示・印刷されます。登録されている表記と比較してください。この氏名で証明書を印刷するには監督者の承認が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit the name</source>
        <translation>氏名を修正(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the name</source>
        <translation>氏名を修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as entered</source>
        <translation>入力どおりにする(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as entered</source>
        <translation>入力どおりにする</translation>
    </message>
</context>
<context>
    <name>madoguchi::VisitFormPrinter</name>
    <message>
        <location filename="../app/counter/VisitFormPrinter.cpp" line="+23"/>
        <source>Forms are being printed already.</source>
        <translation>申請書はすでに印刷中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The output folder cannot be created.</source>
        <translation>出力フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The form could not be written: %1</source>
        <translation type="vanished">申請書を書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::VisitWorkspace</name>
    <message>
        <location filename="../app/counter/VisitWorkspace.cpp" line="+215"/>
        <source>Read card (F5)</source>
        <translation>カード読み取り (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify without card (F7)</source>
        <translation>カードなしで本人確認 (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add procedures (Ctrl+K)</source>
        <translation>手続きを追加 (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print forms (Ctrl+P)</source>
        <translation>申請書を印刷 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed (Ctrl+Shift+S)</source>
        <translation>署名済み (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates and fees (Ctrl+E)</source>
        <translation>証明書・手数料 (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor (Ctrl+Shift+O)</source>
        <translation>監督者承認 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand off (Ctrl+H)</source>
        <translation>引継ぎ (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close visit (Ctrl+Enter)</source>
        <translation>対応完了 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel visit (Ctrl+Shift+X)</source>
        <translation>対応取消 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the citizen&apos;s My Number card with their PIN, then the resident record from the core.</source>
        <translation>ご本人の暗証番号でマイナンバーカードを読み取り、基幹システムから住民記録を取得します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifies the person from another ID document, with a reason.</source>
        <translation>別の本人確認書類により、理由を添えて本人確認を行います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the procedures the life events bring to the checklist.</source>
        <translation>ライフイベントに応じた手続きをチェックリストに追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the application forms to PDF for the citizen to sign.</source>
        <translation>ご本人が署名する申請書を PDF に印刷します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that the printed forms were signed.</source>
        <translation>印刷した申請書に署名されたことを記録します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the certificates requested and the fees due.</source>
        <translation>請求された証明書と手数料を記録します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor authorises a request the support measure blocks, with a reason.</source>
        <translation>支援措置により制限されている請求を、監督者が理由を添えて承認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes the visit to another counter or department with a note.</source>
        <translation>メモを添えて、来庁を別の窓口または担当課に引き継ぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the visit after a confirmation.</source>
        <translation>確認のうえ、来庁対応を完了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the visit without it being done, with a reason.</source>
        <translation>理由を添えて、来庁対応を完了せずに終了します。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No visit is being served: call the next ticket first (F2).</source>
        <translation>対応中の来庁はありません。先に次の整理券を呼び出してください (F2)。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ticket %1 was reopened where it stood after a restart. The My Number read before is gone: read the card again (F5) if it is needed.</source>
        <translation>再起動後、整理券 %1 を中断した時点から再開しました。以前に読み取ったマイナンバーは消去されています。必要な場合はカードをもう一度読み取ってください (F5)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 called.</source>
        <translation>整理券 %1 を呼び出しました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No visit being served</source>
        <translation>対応中の来庁はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the next ticket (F2) to begin.</source>
        <translation>次の整理券を呼び出して開始してください (F2)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 — %2</source>
        <translation>整理券 %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not identified yet: read the card (F5) or identify without it (F7).</source>
        <translation>本人確認がまだです。カードを読み取る (F5) か、カードなしで本人確認してください (F7)。</translation>
    </message>
    <message>
        <source>%1 %2 (%3) — %4, %5</source>
        <translation type="vanished">%1 %2（%3）— %4、%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>identified by card</source>
        <translation>カードで本人確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identified by %1</source>
        <translation>%1で本人確認</translation>
    </message>
    <message>
        <source> — My Number %1</source>
        <translation type="vanished"> — マイナンバー %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 procedure(s) offered, %2 of them waiting for an answer above. Ctrl+K adds them to the checklist.</source>
        <translation>該当する手続き %1 件（うち %2 件は上の質問への回答待ち）。Ctrl+K でチェックリストに追加します。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n procedure(s) offered. Ctrl+K adds them to the checklist.</source>
        <translation>
            <numerusform>該当する手続き %n 件。Ctrl+K でチェックリストに追加します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) offered</source>
        <translation type="vanished">
            <numerusform>該当する手続き %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for an answer above</source>
        <translation type="vanished">
            <numerusform>（うち %n 件は上の質問への回答待ち）</numerusform>
        </translation>
    </message>
    <message>
        <source>. Ctrl+K adds them to the checklist.</source>
        <translation type="vanished">。Ctrl+K でチェックリストに追加します。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>(%1) — %2, %3 — My Number %4</source>
        <translation>（%1）— %2、%3 — マイナンバー %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1) — %2, %3</source>
        <translation>（%1）— %2、%3</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>There is no card reader service on this PC: identify without the card (F7).</source>
        <translation>この端末にはカードリーダーサービスがありません。カードなしで本人確認してください (F7)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card read again: the My Number is held for this visit.</source>
        <translation>カードを再度読み取りました。マイナンバーはこの来庁の間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identified from the card alone.</source>
        <translation>カードの情報のみで本人確認しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card read. Looking up the resident record…</source>
        <translation>カードを読み取りました。住民記録を照会しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resident record could not be read (%1); identified from the card alone.</source>
        <translation>住民記録を読み込めませんでした（%1）。カードの情報のみで本人確認しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card read and resident record found.</source>
        <translation>カードを読み取り、住民記録が見つかりました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Identified without the card.</source>
        <translation>カードなしで本人確認しました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The resident record is not shown: the audit record could not be written: %1</source>
        <translation>監査記録を書き込めなかったため、住民記録を表示していません：%1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A supervisor may authorise it with a reason (Ctrl+Shift+O).</source>
        <translation>監督者は理由を添えて承認できます (Ctrl+Shift+O)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is blocked by a support measure on this visit.</source>
        <translation>この来庁では、支援措置により制限されている請求はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is under a support measure. A supervisor may authorise this request (%1) with a reason.</source>
        <translation>この方は支援措置の対象です。この請求（%1）は、監督者が理由を添えて承認できます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Authorised by supervisor %1.</source>
        <translation>監督者 %1 が承認しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No procedure is offered yet: choose the life events (Alt+1…9) and answer the questions.</source>
        <translation>該当する手続きはまだありません。ライフイベントを選び (Alt+1…9)、質問に回答してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n procedure(s) on the checklist.</source>
        <translation>
            <numerusform>チェックリストに手続きが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The forms are still being printed: wait for them to be written.</source>
        <translation>申請書を印刷中です。書き出しが終わるまでお待ちください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No procedure on the checklist needs a form.</source>
        <translation>チェックリストに申請書が必要な手続きはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Printing %n form(s)…</source>
        <translation>
            <numerusform>申請書 %n 件を印刷しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The forms of ticket %1 were written to %2.</source>
        <translation>整理券 %1 の申請書を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forms printed to %1. When the citizen has signed, press Ctrl+Shift+S.</source>
        <translation>申請書を %1 に印刷しました。ご本人の署名後、Ctrl+Shift+S を押してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the forms first (Ctrl+P).</source>
        <translation>先に申請書を印刷してください (Ctrl+P)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forms are recorded as printed and signed.</source>
        <translation>申請書を印刷・署名済みとして記録しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No procedure on the checklist asks for a certificate.</source>
        <translation>チェックリストに証明書を請求する手続きはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n certificate request(s) recorded; fees due: %1 yen.</source>
        <translation>
            <numerusform>証明書の請求 %n 件を記録しました。手数料：%1 円。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Visit handed off.</source>
        <translation>来庁を引き継ぎました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close the visit</source>
        <translation>来庁対応の完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the visit of ticket %1? Nothing more can be recorded on it afterwards.</source>
        <translation>整理券 %1 の来庁対応を完了しますか？完了後は記録を追加できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit %1 closed.</source>
        <translation>来庁 %1 の対応を完了しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel the visit</source>
        <translation>来庁対応の取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the visit cancelled?</source>
        <translation>来庁対応を取り消す理由を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;visit</source>
        <translation>来庁対応を取消(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit %1 cancelled.</source>
        <translation>来庁 %1 の対応を取り消しました。</translation>
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
    <name>madoguchi::counter::CallDisplayWindow</name>
    <message>
        <location filename="../modules/counter/ui/CallDisplayWindow.cpp" line="+195"/>
        <source>Please go to %1</source>
        <translation>%1へお越しください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call display</source>
        <translation>呼出表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now calling</source>
        <translation>お呼び出し中の番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called before</source>
        <translation>これまでにお呼びした番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People waiting</source>
        <translation>お待ちの人数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait until your number is called</source>
        <translation>番号をお呼びするまでお待ちください</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No one is waiting</source>
        <translation>お待ちの方はいません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 waiting</source>
        <translation>%1&#x3000;%2人</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::CatalogFact</name>
    <message>
        <location filename="../modules/counter/CatalogFact.cpp" line="+17"/>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident status</source>
        <translation>住民の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved out</source>
        <translation>転出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>世帯主</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::CatalogFileParser</name>
    <message>
        <location filename="../modules/counter/CatalogFileParser.cpp" line="+36"/>
        <source>duplicate %1 id &quot;%2&quot; (first at %3)</source>
        <extracomment>%1 is &quot;procedure&quot;, &quot;life event&quot;, &quot;fact&quot; or &quot;choice&quot;; %3 the place of the first, &quot;file:line&quot;.</extracomment>
        <translation>%1 ID「%2」が重複しています（最初は %3）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>must be the number 1</source>
        <translation>数値 1 である必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not supported (only 1)</source>
        <translation>バージョン %1 には対応していません（対応しているのは 1 のみ）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a question must be an object</source>
        <translation>質問はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; comes from the resident record: it cannot be a question</source>
        <translation>「%1」は住民記録から取得する項目のため、質問にはできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fact</source>
        <translation>条件項目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be &quot;bool&quot;, &quot;int&quot; or &quot;choice&quot;</source>
        <translation>&quot;bool&quot;、&quot;int&quot;、&quot;choice&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be of type %2: the counter fills it itself when it can</source>
        <translation>「%1」は %2 型である必要があります。可能な場合は窓口が自動で値を設定します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a question of type &quot;choice&quot; has choices</source>
        <translation>選択肢を持てるのは種類が &quot;choice&quot; の質問だけです</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a choice must be an object: {&quot;id&quot;: ..., &quot;label&quot;: ...}</source>
        <translation>選択肢はオブジェクト {&quot;id&quot;: ..., &quot;label&quot;: ...} である必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a procedure must be an object</source>
        <translation>手続きはオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a document template name such as &quot;forms/jumin-ido-todoke&quot;</source>
        <translation>&quot;forms/jumin-ido-todoke&quot; のような文書テンプレート名である必要があります</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a certificate must be an object: {&quot;type&quot;: ..., &quot;copies&quot;: ..., &quot;feeYen&quot;: ...}</source>
        <translation>証明書はオブジェクト {&quot;type&quot;: ..., &quot;copies&quot;: ..., &quot;feeYen&quot;: ...} である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number of copies from 1 to %1</source>
        <translation>通数は 1～%1 の整数である必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of yen ≥ 0</source>
        <translation>0 以上の整数（円）である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 yen</source>
        <translation>%1 円以下である必要があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a life event must be an object</source>
        <translation>ライフイベントはオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>procedure &quot;%1&quot; is listed twice in this event (first at %2)</source>
        <translation>手続き「%1」がこのライフイベントに 2 回記載されています（最初は %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a procedure id or {&quot;procedure&quot;: ..., &quot;condition&quot;: ...}</source>
        <translation>手続き ID または {&quot;procedure&quot;: ..., &quot;condition&quot;: ...} である必要があります</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown procedure &quot;%1&quot;</source>
        <translation>不明な手続き「%1」</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::CatalogReader</name>
    <message>
        <location filename="../modules/counter/CatalogReader.cpp" line="+25"/>
        <source>the file is not valid JSON: %1</source>
        <translation>ファイルが正しい JSON ではありません：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a procedure file is a JSON object</source>
        <translation>手続きファイルは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown key (allowed here: %1)</source>
        <translation>不明なキーです（ここで使用できるキー：%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+38"/>
        <location line="+12"/>
        <location line="+32"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>must be a text</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an id: a letter, then letters, digits, &quot;-&quot; or &quot;_&quot; (64 at most)</source>
        <translation>ID である必要があります（英字で始まり、英字、数字、&quot;-&quot;、&quot;_&quot; が続く 64 文字以内）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be a text in both languages: {&quot;ja&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>日本語と英語の文字列 {&quot;ja&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;} である必要があります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a list</source>
        <translation>リストである必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be an empty list</source>
        <translation>空のリストにはできません</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ChecklistModel</name>
    <message>
        <location filename="../modules/counter/ui/ChecklistModel.cpp" line="+76"/>
        <source>, </source>
        <comment>separator of a list of documents</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why offered</source>
        <translation>該当理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring</source>
        <translation>必要書類</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ChecklistView</name>
    <message>
        <location filename="../modules/counter/ui/ChecklistView.cpp" line="+246"/>
        <source>Procedure checklist</source>
        <translation>手続きチェックリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;partment:</source>
        <translation>担当課(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the procedures of</source>
        <translation>表示する担当課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures of this visit</source>
        <translation>この来庁の手続き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space or D: done. N: not needed. H: hand off to another counter. Arrow keys: move.</source>
        <translation>Space または D：完了。N：不要。H：別の窓口へ引継ぎ。矢印キー：移動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (D)</source>
        <translation>完了 (D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the procedure done</source>
        <translation>手続きを完了にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks the selected procedure done. Key in the list: Space or D.</source>
        <translation>選択した手続きを完了にします。一覧でのキー：Space または D。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed (N)</source>
        <translation>不要 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the procedure not needed</source>
        <translation>手続きを不要にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks the selected procedure as not needed for this citizen. Key in the list: N.</source>
        <translation>選択した手続きを、この方には不要として記録します。一覧でのキー：N。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand off (H)</source>
        <translation>引継ぎ (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the procedure off</source>
        <translation>手続きを引き継ぐ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands the selected procedure to another counter or department. Key in the list: H.</source>
        <translation>選択した手続きを別の窓口または担当課に引き継ぎます。一覧でのキー：H。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All departments</source>
        <translation>すべての担当課</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to do · %2 finished</source>
        <translation>未処理 %1 · 処理済み %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No procedures for this visit yet.</source>
        <translation>この来庁の手続きはまだありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: %1</source>
        <translation>メモ：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why offered: %1</source>
        <translation>該当理由：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring: %1</source>
        <translation>必要書類：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::CitizenConfirmationWindow</name>
    <message>
        <location filename="../modules/counter/ui/CitizenConfirmationWindow.cpp" line="+165"/>
        <source>(not shown)</source>
        <translation>（表示しません）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please check the details</source>
        <translation>内容をご確認ください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If anything is wrong, please tell the staff member</source>
        <translation>違っているところがあれば、職員にお知らせください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been entered yet</source>
        <translation>まだ入力されていません</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ConditionParser</name>
    <message>
        <location filename="../modules/counter/ConditionParser.cpp" line="+54"/>
        <source>conditions must not nest deeper than %1 levels</source>
        <translation>条件の入れ子は %1 階層までです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a condition must be an object: {&quot;all&quot;: [...]}, {&quot;any&quot;: [...]}, {&quot;not&quot;: {...}} or {&quot;fact&quot;: &quot;...&quot;, &quot;eq&quot;: ...}</source>
        <translation>条件はオブジェクト {&quot;all&quot;: [...]}、{&quot;any&quot;: [...]}、{&quot;not&quot;: {...}}、{&quot;fact&quot;: &quot;...&quot;, &quot;eq&quot;: ...} のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a condition needs &quot;all&quot;, &quot;any&quot;, &quot;not&quot; or &quot;fact&quot;</source>
        <translation>条件には &quot;all&quot;、&quot;any&quot;、&quot;not&quot;、&quot;fact&quot; のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>one comparison per condition: combine several with &quot;all&quot; or &quot;any&quot;</source>
        <translation>比較は 1 つの条件に 1 つだけです。複数の比較は &quot;all&quot; または &quot;any&quot; で組み合わせてください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown fact &quot;%1&quot;: declare it under &quot;questions&quot; or use a fact of the resident record (age, sex, residentStatus, isHouseholdHead)</source>
        <translation>不明な条件項目「%1」です。&quot;questions&quot; で宣言するか、住民記録の項目（age、sex、residentStatus、isHouseholdHead）を使ってください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a comparison needs one of eq, ne, lt, lte, gt, gte, in</source>
        <translation>比較には eq、ne、lt、lte、gt、gte、in のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; compares numbers, but &quot;%2&quot; is of type %3</source>
        <translation>「%1」は数値を比較しますが、「%2」は %3 型です</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>must be true or false: &quot;%1&quot; is a yes/no fact</source>
        <translation>true または false である必要があります（「%1」は「はい／いいえ」の項目です）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a whole number: &quot;%1&quot; is a number fact</source>
        <translation>整数である必要があります（「%1」は数値の項目です）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of the choices of &quot;%1&quot;: %2</source>
        <translation>「%1」の選択肢のいずれかである必要があります：%2</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ConditionTerm</name>
    <message>
        <location filename="../modules/counter/ConditionTerm.cpp" line="+14"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>A condition that held, e.g. &quot;Health insurance: National Health Insurance&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not %2 (%3)</source>
        <extracomment>e.g. &quot;Health insurance: not Employee insurance (National Health Insurance)&quot;.</extracomment>
        <translation>%1：%2 以外（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: none of %2 (%3)</source>
        <extracomment>e.g. &quot;Health insurance: none of Employee insurance, None (National Health Insurance)&quot;.</extracomment>
        <translation>%1：%2 のいずれでもない（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt; %2 (%3)</source>
        <extracomment>A comparison that held and the value at the visit: &quot;Age &lt; 20 (18)&quot;.</extracomment>
        <translation>%1 &lt; %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ≤ %2 (%3)</source>
        <translation>%1 ≤ %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &gt; %2 (%3)</source>
        <translation>%1 &gt; %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ≥ %2 (%3)</source>
        <translation>%1 ≥ %2（%3）</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::FormData</name>
    <message>
        <location filename="../modules/counter/FormData.cpp" line="+43"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>at least one copy is needed, not %1</source>
        <translation>1 通以上必要です（%1 は不可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fee cannot be negative (%1)</source>
        <translation>手数料は負の値にできません（%1）</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::FormRequirements</name>
    <message>
        <location filename="../modules/counter/FormRequirements.cpp" line="+127"/>
        <source>The form cannot be printed: these fields are empty: %1</source>
        <translation>申請書を印刷できません。次の項目が空です：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This form is not made for a request of kind &quot;%1&quot; (it takes: %2)</source>
        <translation>この申請書は種別「%1」の請求には使えません（対応する種別：%2）</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::HandOff</name>
    <message>
        <location filename="../modules/counter/HandOff.cpp" line="+19"/>
        <source>Say where the visit goes: another counter, a department, or both.</source>
        <translation>引継ぎ先を指定してください：別の窓口、担当課、またはその両方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a counter id.</source>
        <translation>「%1」は窓口 ID ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a department id.</source>
        <translation>「%1」は担当課 ID ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visit cannot be handed off to the counter that serves it.</source>
        <translation>対応中の窓口に来庁を引き継ぐことはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is longer than %1 characters.</source>
        <translation>メモが %1 文字を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A My Number (or another 12-digit number) must not be written into the note: it would be stored.</source>
        <translation>メモにマイナンバー（または 12 桁の数字）を書かないでください。保存されてしまいます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::Identification</name>
    <message>
        <location filename="../modules/counter/Identification.cpp" line="+69"/>
        <source>A My Number (or another 12-digit number) must not be typed into this field: it would be stored.</source>
        <translation>この欄にマイナンバー（または 12 桁の数字）を入力しないでください。保存されてしまいます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text is longer than %1 characters.</source>
        <translation>文字数が %1 文字を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An identification by card must name the My Number card as the document.</source>
        <translation>カードによる本人確認では、書類としてマイナンバーカードを指定する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A manual identification must name the ID document that was seen, not the My Number card.</source>
        <translation>カードなしの本人確認では、マイナンバーカードではなく、確認した本人確認書類を指定する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A manual identification needs the reason why the card was not used.</source>
        <translation>カードなしの本人確認には、カードを使わなかった理由が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The identified person needs at least a family name.</source>
        <translation>本人確認した方の氏が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date must be a date written YYYY-MM-DD.</source>
        <translation>生年月日は YYYY-MM-DD 形式の日付で入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sex must be male, female or left empty.</source>
        <translation>性別は男性、女性、または空欄にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resident id must be 1 to 32 letters, digits or hyphens.</source>
        <translation>住民 ID は 1～32 文字の英字、数字、ハイフンである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a request by an agent or a third party, the name of who asks is needed.</source>
        <translation>代理人または第三者による請求では、請求者の氏名が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a request by an agent or a third party, the relation to the person or the purpose is needed.</source>
        <translation>代理人または第三者による請求では、本人との関係または請求の目的が必要です。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::IdentificationDocuments</name>
    <message>
        <location filename="../modules/counter/IdentificationDocument.cpp" line="+16"/>
        <source>My Number card (マイナンバーカード)</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver&apos;s licence (運転免許証)</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport (パスポート)</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two other documents</source>
        <translation>その他の書類 2 点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral questions</source>
        <translation>口頭での質問</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::Navigator</name>
    <message>
        <location filename="../modules/counter/Navigator.cpp" line="+61"/>
        <source>The procedure catalog has no life event &quot;%1&quot;.</source>
        <translation>手続きカタログに「%1」というライフイベントはありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ProcedureCatalog</name>
    <message>
        <location filename="../modules/counter/ProcedureCatalog.cpp" line="+24"/>
        <source>The procedure file cannot be read: %1</source>
        <translation>手続きファイルを読み込めません：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The ward&apos;s procedure directory does not exist.</source>
        <translation>区の手続きフォルダーがありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::ProcedureStatuses</name>
    <message>
        <location filename="../modules/counter/ProcedureStatus.cpp" line="+16"/>
        <source>Pending</source>
        <translation>未処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed off</source>
        <translation>引継ぎ済み</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::QueuePanel</name>
    <message>
        <location filename="../modules/counter/ui/QueuePanel.cpp" line="+134"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n min</source>
        <comment>waiting time</comment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人待ち</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · longest %2</source>
        <translation>%1 · 最長 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket %1, waiting %2</source>
        <translation>整理券 %1、待ち時間 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n ticket(s) waiting</source>
        <translation>
            <numerusform>待ちの整理券 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>Queue</source>
        <translation>待ち状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket being served</source>
        <translation>対応中の整理券はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving: %1</source>
        <translation>対応中：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category / ticket</source>
        <translation>種類 / 整理券</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting tickets by category</source>
        <translation>種類別の待ち整理券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call next (%1)</source>
        <translation>次を呼出 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the next ticket</source>
        <translation>次の整理券を呼び出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls the next ticket of the selected category, or of any category when none is selected (%1).</source>
        <translation>選択した種類の次の整理券を呼び出します。種類を選択していない場合は、すべての種類から呼び出します (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recall (%1)</source>
        <translation>再呼出 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the current ticket again</source>
        <translation>現在の整理券を再度呼び出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows and announces the ticket being served once more (%1).</source>
        <translation>対応中の整理券をもう一度表示して案内します (%1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip (%1)</source>
        <translation>スキップ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the current ticket</source>
        <translation>現在の整理券をスキップする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The citizen did not come: puts the ticket aside (%1).</source>
        <translation>お呼びした方がいらっしゃらない場合に、整理券を保留にします (%1)。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::QueueService</name>
    <message>
        <location filename="../modules/counter/QueueService.cpp" line="+23"/>
        <source>There is no ticket category &quot;%1&quot;.</source>
        <translation>整理券の種類「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::RequestKinds</name>
    <message>
        <location filename="../modules/counter/RequestKind.cpp" line="+16"/>
        <source>Self (本人)</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent (代理人)</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third party (第三者)</source>
        <translation>第三者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official request (公用)</source>
        <translation>公用請求</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::SecondScreen</name>
    <message>
        <location filename="../modules/counter/ui/SecondScreen.cpp" line="+26"/>
        <source>No screen</source>
        <translation>画面なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 × %3</source>
        <translation>%1 — %2 × %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (main screen)</source>
        <translation>%1（メイン画面）</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::SupportMeasureBanner</name>
    <message>
        <location filename="../modules/counter/ui/SupportMeasureBanner.cpp" line="+79"/>
        <source>Support measure — do not disclose the address</source>
        <translation>支援措置 — 住所を開示しないでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is protected by a support measure. Do not tell or show their address to anyone else. Requests by an agent or a third party need a supervisor&apos;s authorisation.</source>
        <translation>この方は支援措置の対象です。住所を他の人に伝えたり見せたりしないでください。代理人または第三者による請求には監督者の承認が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::SupportMeasureGuard</name>
    <message>
        <location filename="../modules/counter/SupportMeasureGuard.cpp" line="+44"/>
        <source>This resident is under a support measure (支援措置). The request is by the person themself and may go ahead.</source>
        <translation>この住民は支援措置の対象です。本人による請求のため、手続きを進められます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This resident is under a support measure (支援措置). A request by %1 is blocked unless a supervisor authorises it with a reason.</source>
        <translation>この住民は支援措置の対象です。%1による請求は、監督者が理由を添えて承認しない限り受け付けられません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This resident is under a support measure (支援措置): the address is never shown on the citizen-facing screen.</source>
        <translation>この住民は支援措置の対象です。来庁者向けの画面には住所を表示しません。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A supervisor&apos;s authorisation needs a reason of at most %1 characters.</source>
        <translation>監督者の承認の理由は %1 文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A My Number (or another 12-digit number) must not be written into the reason.</source>
        <translation>理由にマイナンバー（または 12 桁の数字）を書かないでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a member of staff with the supervisor role can authorise this request.</source>
        <translation>この請求を承認できるのは、監督者の権限を持つ職員だけです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another supervisor must authorise this request, not the one serving it.</source>
        <translation>この請求は、対応中の職員ではなく、別の監督者が承認する必要があります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::TicketCategoryLoader</name>
    <message>
        <location filename="../modules/counter/TicketCategoryLoader.cpp" line="+37"/>
        <source>the file is not valid JSON: %1</source>
        <translation>ファイルが正しい JSON ではありません：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation>不明なキー「%1」（ここで使用できるキー：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>「%1」は空でない文字列である必要があります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a list of ids</source>
        <translation>「%1」は ID のリストである必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>an id is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ID は 1～64 文字の英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; である必要があります</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the prefix is one capital letter A to Z, not &quot;%1&quot;</source>
        <translation>接頭文字は A～Z の大文字 1 文字です（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;title&quot; is missing</source>
        <translation>&quot;title&quot; がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;title&quot; must be an object with &quot;ja&quot; and &quot;en&quot;</source>
        <translation>&quot;title&quot; は &quot;ja&quot; と &quot;en&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a category needs &quot;counters&quot; or &quot;departments&quot; that serve it</source>
        <translation>種類には、対応する &quot;counters&quot; または &quot;departments&quot; が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the ticket categories are a JSON object</source>
        <translation>整理券の種類の定義は JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; は &quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;version&quot; is missing</source>
        <translation>&quot;version&quot; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only version 1 is known</source>
        <translation>対応しているのはバージョン 1 のみです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;categories&quot; must be a non-empty list</source>
        <translation>&quot;categories&quot; は空でないリストである必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a category must be an object</source>
        <translation>種類はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the id &quot;%1&quot; is used by another category</source>
        <translation>ID「%1」は別の種類で使われています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the prefix &quot;%1&quot; is used by category &quot;%2&quot;</source>
        <translation>接頭文字「%1」は種類「%2」で使われています</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The ticket categories cannot be read: %1</source>
        <translation>整理券の種類を読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::TicketSlip</name>
    <message>
        <location filename="../modules/counter/TicketSlip.cpp" line="+29"/>
        <source>The ticket slip cannot be printed: these fields are empty: %1</source>
        <translation>整理券を印刷できません。次の項目が空です：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of people waiting cannot be negative (%1)</source>
        <translation>待ち人数を負の値にすることはできません（%1）</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::TimelineModel</name>
    <message>
        <location filename="../modules/counter/ui/TimelineModel.cpp" line="+126"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitCipher</name>
    <message>
        <location filename="../modules/counter/VisitCipher.cpp" line="+49"/>
        <source>The stored identification of a visit cannot be read.</source>
        <translation>保存された来庁の本人確認情報を読み込めません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitEventKinds</name>
    <message>
        <location filename="../modules/counter/VisitEventKind.cpp" line="+16"/>
        <source>Ticket issued</source>
        <translation>発券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called again</source>
        <translation>再呼出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (no-show)</source>
        <translation>不在（スキップ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identified</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedures chosen</source>
        <translation>手続き選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure updated</source>
        <translation>手続き更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms printed and signed</source>
        <translation>申請書印刷・署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees recorded</source>
        <translation>手数料記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates requested</source>
        <translation>証明書請求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed off</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support measure: authorised by a supervisor</source>
        <translation>支援措置：監督者が承認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life events chosen</source>
        <translation>ライフイベントの選択</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitInput</name>
    <message>
        <location filename="../modules/counter/VisitInput.cpp" line="+35"/>
        <source>This PC has no valid counter id (workstation id) in its settings.</source>
        <translation>この端末の設定に有効な窓口 ID（端末 ID）がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step of a visit needs the signed-in member of staff.</source>
        <translation>来庁の処理には、ログイン中の職員が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a ticket category id.</source>
        <translation>「%1」は整理券の種類 ID ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ticket prefix is 1 to 3 capital letters or digits, not &quot;%1&quot;.</source>
        <translation>整理券の接頭文字は 1～3 文字の英大文字または数字です（「%1」は不可）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text is longer than %1 characters.</source>
        <translation>文字数が %1 文字を超えています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A My Number (or another 12-digit number) must not be written into a note: it would be stored.</source>
        <translation>メモにマイナンバー（または 12 桁の数字）を書かないでください。保存されてしまいます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reason is needed.</source>
        <translation>理由が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a procedure id.</source>
        <translation>「%1」は手続き ID ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list is empty.</source>
        <translation>リストが空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 entries can be recorded in one step.</source>
        <translation>1 回の処理で記録できるのは %1 件までです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Procedure &quot;%1&quot; is listed twice.</source>
        <translation>手続き「%1」が 2 回記載されています。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a life event id.</source>
        <translation>「%1」はライフイベントの ID ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life event &quot;%1&quot; is listed twice.</source>
        <translation>ライフイベント「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a form template name.</source>
        <translation>「%1」は申請書テンプレート名ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a fee code.</source>
        <translation>「%1」は手数料コードではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>A fee must be from 0 to %1 yen.</source>
        <translation>手数料は 0～%1 円である必要があります。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;%1&quot; is not a certificate type.</source>
        <translation>「%1」は証明書の種類ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of copies must be from 1 to 99.</source>
        <translation>通数は 1～99 である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resident id must be 1 to 32 letters, digits or hyphens.</source>
        <translation>住民 ID は 1～32 文字の英字、数字、ハイフンである必要があります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitQueries</name>
    <message>
        <location filename="../modules/counter/VisitQueries.cpp" line="+25"/>
        <source>The queue could not be read: %1</source>
        <translation>待ち状況を読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitRows</name>
    <message>
        <location filename="../modules/counter/VisitRows.cpp" line="+24"/>
        <source>The visits of the counter could not be read or written: %1</source>
        <translation>窓口の来庁記録を読み書きできませんでした：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stored visit holds a value this version does not know: %1.</source>
        <translation>保存された来庁記録に、このバージョンでは不明な値があります：%1。</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Visit %1 was changed at another counter at the same moment; look at it again.</source>
        <translation>来庁 %1 は同時に別の窓口で変更されました。もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitRules</name>
    <message>
        <location filename="../modules/counter/VisitRules.cpp" line="+29"/>
        <source>Visit %1 is closed: nothing more can be recorded on it.</source>
        <translation>来庁 %1 は完了しています。これ以上記録できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit %1 was cancelled: nothing more can be recorded on it.</source>
        <translation>来庁 %1 は取り消されています。これ以上記録できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit %1 already has its ticket.</source>
        <translation>来庁 %1 にはすでに整理券があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit %1 is being served at %2, not at this counter.</source>
        <translation>来庁 %1 は、この窓口ではなく %2 で対応中です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket %1 is already being served; it cannot be called again from the queue.</source>
        <translation>整理券 %1 はすでに対応中です。待ち状況から再度呼び出すことはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a ticket that was called and has not come yet can be called again; ticket %1 is not waiting for its call.</source>
        <translation>再呼出できるのは、呼び出した後まだ来られていない整理券だけです。整理券 %1 は呼出後の待ち状態ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a ticket that was called and has not come can be skipped; ticket %1 is not waiting for its call.</source>
        <translation>スキップできるのは、呼び出した後まだ来られていない整理券だけです。整理券 %1 は呼出後の待ち状態ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person of visit %1 is already identified.</source>
        <translation>来庁 %1 の本人確認はすでに済んでいます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call ticket %1 before identifying the person.</source>
        <translation>本人確認の前に整理券 %1 を呼び出してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+29"/>
        <source>Call ticket %1 before recording this step.</source>
        <translation>この処理を記録する前に整理券 %1 を呼び出してください。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Identify the person of visit %1 first.</source>
        <translation>先に来庁 %1 の本人確認をしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the procedures of visit %1 before printing its forms.</source>
        <translation>申請書を印刷する前に、来庁 %1 の手続きを選んでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visit %1 has no procedures chosen yet.</source>
        <translation>来庁 %1 の手続きはまだ選ばれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a visit being served can be handed off; ticket %1 is not.</source>
        <translation>引き継げるのは対応中の来庁だけです。整理券 %1 は対応中ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a visit being served at this counter can be closed; ticket %1 is not. Cancel it instead, with a reason.</source>
        <translation>完了できるのはこの窓口で対応中の来庁だけです。整理券 %1 は該当しません。代わりに理由を添えて取り消してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit %1 has no identified person: it can only be cancelled, with a reason.</source>
        <translation>来庁 %1 は本人確認が済んでいないため、理由を添えて取り消すことしかできません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Visit %1 still has %n pending procedure(s): mark each done, not needed or handed off, or cancel the visit with a reason.</source>
        <translation>
            <numerusform>来庁 %1 には未処理の手続きが %n 件あります。それぞれを完了、不要、引継ぎのいずれかにするか、理由を添えて来庁対応を取り消してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This step is not known.</source>
        <translation>この処理は不明です。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitSession</name>
    <message>
        <location filename="../modules/counter/VisitSession.cpp" line="+47"/>
        <source>A My Number can only be held for a visit being served.</source>
        <translation>マイナンバーを保持できるのは、対応中の来庁だけです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid My Number (12 digits with a check digit).</source>
        <translation>正しいマイナンバーではありません（チェックデジット付きの 12 桁）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitStates</name>
    <message>
        <location filename="../modules/counter/VisitState.cpp" line="+16"/>
        <source>Waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>呼出中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>本人確認済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedures chosen</source>
        <translation>手続き選択済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms printed and signed</source>
        <translation>申請書印刷・署名済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees recorded</source>
        <translation>手数料記録済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates requested</source>
        <translation>証明書請求済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (no-show)</source>
        <translation>不在（スキップ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>引継ぎ済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitStore</name>
    <message>
        <location filename="../modules/counter/VisitStore.cpp" line="+77"/>
        <location line="+366"/>
        <source>There is no such visit.</source>
        <translation>該当する来庁はありません。</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+69"/>
        <source>Procedure &quot;%1&quot; is not on the checklist of visit %2.</source>
        <translation>手続き「%1」は来庁 %2 のチェックリストにありません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Only a supervisor&apos;s authorisation is recorded here.</source>
        <translation>ここに記録されるのは監督者の承認だけです。</translation>
    </message>
</context>
<context>
    <name>madoguchi::counter::VisitTimelineView</name>
    <message>
        <location filename="../modules/counter/ui/VisitTimelineView.cpp" line="+126"/>
        <source>Visit timeline</source>
        <translation>来庁の経過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of this visit, oldest first</source>
        <translation>この来庁の経過（古い順）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C copies the selected steps as text.</source>
        <translation>Ctrl+C で選択した経過をテキストとしてコピーします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy timeline (Ctrl+Shift+C)</source>
        <translation>経過をコピー (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole timeline as text</source>
        <translation>経過全体をテキストとしてコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts every step, with date and time, on the clipboard as text.</source>
        <translation>すべての経過を日時付きのテキストとしてクリップボードにコピーします。</translation>
    </message>
</context>
<context>
    <name>madoguchi::main</name>
    <message>
        <location filename="../app/main.cpp" line="+111"/>
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
<context>
    <name>madoguchi::sync::ChangePoller</name>
    <message>
        <location filename="../modules/sync/ChangePoller.cpp" line="+18"/>
        <source>The position in the core system&apos;s change feed could not be stored: %1</source>
        <translation>基幹システムの変更情報の取得位置を保存できませんでした：%1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The change cursor moved meanwhile.</source>
        <translation>変更情報の取得位置がその間に更新されました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../modules/sync/ConnectionMonitor.cpp" line="+116"/>
        <source>Cannot reach the core system — working offline, %n transaction(s) not yet sent</source>
        <extracomment>Shell banner. Japanese: 基幹系に接続できません — オフラインで受付中、未送信 %n 件</extracomment>
        <translation>
            <numerusform>基幹システムに接続できません — オフラインで動作中、未送信の処理 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The core system is answering with errors — working offline, %n transaction(s) not yet sent</source>
        <translation>
            <numerusform>基幹システムがエラーを返しています — オフラインで動作中、未送信の処理 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sending to the core system: %n transaction(s) not yet sent</source>
        <translation>
            <numerusform>基幹システムに送信中: 未送信の処理 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::CoreClient</name>
    <message>
        <location filename="../modules/sync/CoreClient.cpp" line="+71"/>
        <source>The link to the core system is not configured. Ask IT to set it up.</source>
        <translation>基幹システムとの連携が設定されていません。情報システム担当者に設定を依頼してください。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>connection check</source>
        <translation>接続確認</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resident lookup</source>
        <translation>住民照会</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resident search</source>
        <translation>住民検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resident lookup by My Number</source>
        <translation>マイナンバーによる住民照会</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tax certificate data</source>
        <translation>税証明データ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seal registration</source>
        <translation>印鑑登録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>family register</source>
        <translation>戸籍</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sending a transaction</source>
        <translation>処理の送信</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sending transactions</source>
        <translation>処理の一括送信</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>registering a payment slip</source>
        <translation>納付書の登録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>payment slip lookup</source>
        <translation>納付書の照会</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checking for changes</source>
        <translation>変更の確認</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::CoreConfigLoader</name>
    <message>
        <location filename="../modules/sync/CoreConfigLoader.cpp" line="+36"/>
        <source>The passphrase of this PC&apos;s client certificate is not in the system keychain (%1). Ask IT to store it (madoguchi-cli, or the settings dialog).</source>
        <translation>この端末のクライアント証明書のパスフレーズがシステムのキーチェーンにありません（%1）。情報システム担当者に保存を依頼してください（madoguchi-cli または設定画面）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::CoreErrors</name>
    <message>
        <location filename="../modules/sync/CoreErrors.cpp" line="+46"/>
        <source>The core system cannot be reached. Reception, card reading and cash payments continue offline; transactions are kept and sent when the link returns. If this lasts, tell IT.</source>
        <translation>基幹システムに接続できません。受付、カードの読み取り、現金での支払いはオフラインで続けられます。処理は保持され、接続が回復したときに送信されます。この状態が続く場合は、情報システム担当者に連絡してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The core system did not answer in time. Nothing is lost: queued transactions are sent again. Try again in a moment; if it keeps happening, tell IT.</source>
        <translation>基幹システムが時間内に応答しませんでした。データは失われていません。送信待ちの処理は再送信されます。しばらくしてからもう一度お試しください。繰り返し発生する場合は、情報システム担当者に連絡してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The core system closed the connection before answering. This almost always means that this PC&apos;s client certificate is missing, has expired or was not issued by the ward CA. Ask IT to check the client certificate of this counter PC.</source>
        <translation>基幹システムが応答する前に接続を切断しました。ほとんどの場合、この端末のクライアント証明書がない、期限切れである、または区の CA が発行したものではないことが原因です。情報システム担当者に、この窓口端末のクライアント証明書の確認を依頼してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PC and the core system have no secure connection method in common (TLS 1.2 or later is required). Ask IT to check the TLS settings of the core system and of this PC.</source>
        <translation>この端末と基幹システムに共通する安全な接続方式がありません（TLS 1.2 以降が必要です）。情報システム担当者に、基幹システムとこの端末の TLS 設定の確認を依頼してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The core system does not hold this person&apos;s family register (本籍 in another municipality).</source>
        <translation>基幹システムはこの方の戸籍を保有していません（本籍が他の市区町村にあります）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The core system has no record for this request (%1).</source>
        <translation>基幹システムにこの要求に該当する記録がありません（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This counter may not do that: %1. Lookups by My Number are allowed only at counters of the My Number segment.</source>
        <translation>この窓口ではこの操作はできません：%1。マイナンバーによる照会は、マイナンバー利用事務系の窓口でのみ行えます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The core system refused the request (%1): %2. Sending it again will not help; a supervisor must look at it.</source>
        <translation>基幹システムが要求を拒否しました（%1）：%2。再送信しても解決しません。監督者が確認する必要があります。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The core system&apos;s certificate is not from the ward CA, so this PC does not trust the server. Nothing was sent. Tell IT: the server may be the wrong one, or the CA file configured on this PC is wrong.</source>
        <translation>基幹システムの証明書が区の CA によるものではないため、この端末はサーバーを信頼しません。何も送信していません。情報システム担当者に連絡してください。接続先のサーバーが誤っているか、この端末に設定された CA ファイルが誤っている可能性があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The core system&apos;s certificate has expired (or is not valid yet: check this PC&apos;s date and time). Nothing was sent. Tell IT to renew the server certificate.</source>
        <translation>基幹システムの証明書の有効期限が切れています（または、まだ有効になっていません。この端末の日付と時刻を確認してください）。何も送信していません。情報システム担当者にサーバー証明書の更新を依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The core system&apos;s certificate is for another server name than the address configured on this PC. Nothing was sent. Tell IT to check the core system address in the settings.</source>
        <translation>基幹システムの証明書は、この端末に設定されたアドレスとは別のサーバー名に対するものです。何も送信していません。情報システム担当者に、設定の基幹システムのアドレスを確認するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A secure connection to the core system could not be set up. Nothing was sent. Tell IT.</source>
        <translation>基幹システムとの安全な接続を確立できませんでした。何も送信していません。情報システム担当者に連絡してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The core system reported an error of its own or is busy (%1). Nothing is lost: the request is tried again. If it keeps happening, tell IT.</source>
        <translation>基幹システムで内部エラーが発生したか、混雑しています（%1）。データは失われていません。要求は再試行されます。繰り返し発生する場合は、情報システム担当者に連絡してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The core system sent an answer this program does not understand: %1. Nothing was changed; tell IT (the core system or this program may need an update).</source>
        <translation>基幹システムから、このプログラムが解釈できない応答が返されました：%1。何も変更していません。情報システム担当者に連絡してください（基幹システムまたはこのプログラムの更新が必要な可能性があります）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::CoreTlsSetup</name>
    <message>
        <location filename="../modules/sync/CoreTlsSetup.cpp" line="+42"/>
        <source>The address of the core system is not set or is not an https:// address. Ask IT to set it in the settings.</source>
        <translation>基幹システムのアドレスが設定されていないか、https:// のアドレスではありません。情報システム担当者に設定を依頼してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ward CA certificate for the core system cannot be read, so the server cannot be checked. Ask IT to set the CA file in the settings.</source>
        <translation>基幹システム用の区の CA 証明書を読み込めないため、サーバーを検証できません。情報システム担当者に、設定で CA ファイルを指定するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PC has no client certificate for the core system configured. Ask IT to install this counter&apos;s certificate (PKCS#12) and set it in the settings.</source>
        <translation>この端末には基幹システム用のクライアント証明書が設定されていません。情報システム担当者に、この窓口の証明書（PKCS#12）をインストールして設定するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PC&apos;s client certificate file cannot be read. Ask IT to check it.</source>
        <translation>この端末のクライアント証明書ファイルを読み込めません。情報システム担当者に確認を依頼してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PC&apos;s client certificate cannot be opened: the file is damaged or its passphrase in the system keychain is wrong. Ask IT to check it.</source>
        <translation>この端末のクライアント証明書を開けません。ファイルが破損しているか、システムのキーチェーンにあるパスフレーズが正しくありません。情報システム担当者に確認を依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PC&apos;s client certificate for the core system is not valid now (valid %1 to %2). Ask IT for a new certificate, or check this PC&apos;s date and time.</source>
        <translation>この端末の基幹システム用クライアント証明書は現在有効ではありません（有効期間：%1～%2）。情報システム担当者に新しい証明書を依頼するか、この端末の日付と時刻を確認してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PC&apos;s client certificate was not issued by the ward CA (issuer: %1), so the core system will refuse it. Ask IT for a certificate from the ward CA.</source>
        <translation>この端末のクライアント証明書は区の CA が発行したものではないため（発行者：%1）、基幹システムに拒否されます。情報システム担当者に区の CA が発行した証明書を依頼してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::JsonReader</name>
    <message>
        <location filename="../modules/sync/CoreDecoder.cpp" line="+118"/>
        <source>%1.data is not base64</source>
        <translation>%1.data が base64 ではありません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1.receipt is missing</source>
        <translation>%1.receipt がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.problem is missing</source>
        <translation>%1.problem がありません</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>nextCursor must be 1 to 64 characters</source>
        <translation>nextCursor は 1～64 文字である必要があります</translation>
    </message>
    <message>
        <location filename="../modules/sync/JsonReader.cpp" line="+52"/>
        <source>The core system sent an answer this program does not understand: %1. Nothing was changed; tell IT (the core system or this program may need an update).</source>
        <translation>基幹システムから、このプログラムが解釈できない応答が返されました：%1。何も変更していません。情報システム担当者に連絡してください（基幹システムまたはこのプログラムの更新が必要な可能性があります）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON ではありません（%2 バイト目で %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON object was expected</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the field %1 is missing</source>
        <translation>フィールド %1 がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 should be a %2, not a %3</source>
        <translation>%1 は %3 ではなく %2 である必要があります</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not valid Unicode text</source>
        <translation>%1 が正しい Unicode 文字列ではありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 should be a whole number</source>
        <translation>%1 は整数である必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range (%2)</source>
        <translation>%1 が範囲外です（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has an unknown value &quot;%2&quot; (expected one of %3)</source>
        <translation>%1 の値「%2」は不明です（%3 のいずれかが必要です）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 should be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 は YYYY-MM-DD 形式の日付である必要があります（「%2」は不可）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 should be an object, not a %2</source>
        <translation>%1 はオブジェクトである必要があります（%2 は不可）</translation>
    </message>
    <message>
        <location filename="../modules/sync/ResidentJson.cpp" line="+26"/>
        <source>%1 is not a valid resident id</source>
        <translation>%1 は正しい住民 ID ではありません</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::OfflinePolicy</name>
    <message>
        <location filename="../modules/sync/OfflinePolicy.cpp" line="+26"/>
        <source>reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card reading</source>
        <translation>カードの読み取り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash payment</source>
        <translation>現金での支払い</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>committing a transaction</source>
        <translation>処理の確定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resident lookup by My Number</source>
        <translation>マイナンバーによる住民照会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resident lookup by name</source>
        <translation>氏名による住民検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate issuance</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment slip registration</source>
        <translation>納付書の登録</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residents cannot be looked up while the core system cannot be reached. Take the visit in as usual (reception and card reading work); the lookup can be done when the link returns.</source>
        <translation>基幹システムに接続できない間は、住民を検索できません。通常どおり来庁者の受付を行ってください（受付とカードの読み取りは使用できます）。検索は接続が回復してから行えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates cannot be issued while the core system cannot be reached: they must show the core&apos;s current record. Explain the delay to the citizen or offer to send the certificate later; reception and cash payments go on.</source>
        <translation>基幹システムに接続できない間は、証明書を発行できません。証明書には基幹システムの最新の記録を反映する必要があるためです。ご本人に遅れを説明するか、後日の送付をご提案ください。受付と現金での支払いは引き続き行えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convenience-store payment slips cannot be issued while the core system cannot be reached. Take the payment in cash, or issue the slip when the link returns.</source>
        <translation>基幹システムに接続できない間は、コンビニ納付書を発行できません。現金で支払いを受けるか、接続が回復してから納付書を発行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be done while the core system cannot be reached.</source>
        <translation>基幹システムに接続できない間は、この操作はできません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::Outbox</name>
    <message>
        <source>The outbox of transactions for the core system could not be %1: %2</source>
        <translation type="vanished">基幹システム向けの送信待ち処理の%1に失敗しました：%2</translation>
    </message>
    <message>
        <location filename="../modules/sync/Outbox.cpp" line="+28"/>
        <source>The outbox of transactions for the core system could not be read: %1</source>
        <translation>基幹システム向けの送信待ち処理を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outbox of transactions for the core system could not be written: %1</source>
        <translation>基幹システム向けの送信待ち処理を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A transaction for the core system needs the visit&apos;s id (a UUID).</source>
        <translation>基幹システム向けの処理には来庁記録の ID（UUID）が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transaction for the core system needs 1 to 100 items, not %1.</source>
        <translation>基幹システム向けの処理には 1～100 件の明細が必要です（現在 %1 件）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 of the transaction has no kind.</source>
        <translation>処理の明細 %1 に種別がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A transaction for the core system must not contain a My Number (or any 12-digit number).</source>
        <translation>基幹システム向けの処理にマイナンバー（または12桁の数字）を含めることはできません。</translation>
    </message>
    <message>
        <source>read</source>
        <translation type="vanished">読み込み</translation>
    </message>
    <message>
        <source>written</source>
        <translation type="vanished">書き込み</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>There is no undelivered transaction %1 in the outbox.</source>
        <translation>送信待ちに未送信の処理 %1 はありません。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no transaction %1 in the outbox.</source>
        <translation>送信待ちに処理 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::OutboxSender</name>
    <message>
        <location filename="../modules/sync/OutboxSender.cpp" line="+115"/>
        <source>%1 results for %2 transactions</source>
        <translation>%2 件の処理に対して結果が %1 件あります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the results are not in the order sent</source>
        <translation>結果が送信した順序と一致していません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waits for the earlier transaction of the same visit</source>
        <translation>同じ来庁の先行する処理を待っています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sending transactions</source>
        <translation>処理の一括送信</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a transaction</source>
        <translation>処理</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::ResidentCache</name>
    <message>
        <location filename="../modules/sync/ResidentCache.cpp" line="+20"/>
        <source>The local copy of resident records could not be used: %1</source>
        <translation>住民記録のローカルコピーを使用できませんでした：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::sync::ResidentFileImport</name>
    <message>
        <location filename="../modules/sync/ResidentFileImport.cpp" line="+28"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>取り込みをキャンセルしました。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The resident extract has a bad value: %1. Nothing was imported; correct the file and import it again.</source>
        <translation>住民データファイルに不正な値があります：%1。何も取り込んでいません。ファイルを修正してから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty</source>
        <translation>%1 が空です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 は YYYY-MM-DD 形式の日付である必要があります（「%2」は不可）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>residentId must be 1 to 32 letters, digits or hyphens</source>
        <translation>residentId は 1～32 文字の英字、数字、ハイフンである必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status must be resident or movedOut</source>
        <translation>status は resident または movedOut である必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be in full-width katakana</source>
        <translation>%1 は全角カタカナである必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>birthDate must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>birthDate は YYYY-MM-DD 形式の日付である必要があります（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sex must be male or female</source>
        <translation>sex は male または female である必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>headResidentId must be 1 to 32 letters, digits or hyphens</source>
        <translation>headResidentId は 1～32 文字の英字、数字、ハイフンである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>postalCode must look like 114-0022</source>
        <translation>postalCode は 114-0022 のような形式である必要があります</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>supportMeasureActive must be true, false, 1 or 0</source>
        <translation>supportMeasureActive は true、false、1、0 のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>version must be a whole number from 1</source>
        <translation>version は 1 以上の整数である必要があります</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The resident extract is empty: it needs a header line and records.</source>
        <translation>住民データファイルが空です。見出し行とレコードが必要です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The resident extract has an unknown column &quot;%1&quot; (see the documented layout).</source>
        <translation>住民データファイルに不明な列「%1」があります（規定のレイアウトを参照してください）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resident extract has the column &quot;%1&quot; twice.</source>
        <translation>住民データファイルに列「%1」が 2 回あります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The resident extract lacks the column &quot;%1&quot;.</source>
        <translation>住民データファイルに列「%1」がありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The resident extract has a line with %1 fields where the header has %2. Nothing was imported.</source>
        <translation>住民データファイルに、見出し行の %2 列に対して %1 列の行があります。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The resident extract lists resident %1 twice (first on line %2). Nothing was imported.</source>
        <translation>住民データファイルに住民 %1 が 2 回記載されています（最初は %2 行目）。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The resident extract cannot be read: %1</source>
        <translation>住民データファイルを読み込めません：%1</translation>
    </message>
</context>
</TS>
