<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../app/actions/actionregistry.cpp" line="+146"/>
        <source>There is no action “%1”.</source>
        <translation>「%1」という操作はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key of “%2”. Clear it there first.</source>
        <translation>%1 は既に「%2」に割り当てられています。先にそちらで解除してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.</source>
        <translation>%1 はフォーカスの移動やフォーカス中のコントロールの操作に使われます。Ctrl や Alt と組み合わせたキーか、ファンクションキーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moves or removes layers in the canvas and the Layers list.</source>
        <translation>%1 はキャンバスとレイヤー一覧でレイヤーの移動や削除に使われます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copies, pastes or duplicates layers and text.</source>
        <translation>%1 はレイヤーやテキストのコピー、貼り付け、複製に使われます。</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../app/alerts/alertcenter.cpp" line="+66"/>
        <source>&amp;Alerts</source>
        <translation>通知(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A destination fails</source>
        <translation>配信先が失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination starts reconnecting</source>
        <translation>配信先が再接続を開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination is live again</source>
        <translation>配信先が配信を再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording stops on its own</source>
        <translation>録画が予期せず停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>The disk is nearly full</source>
        <translation>ディスクの空き容量が残りわずか</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” failed</source>
        <translation>「%1」が失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is reconnecting</source>
        <translation>「%1」を再接続しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped.</source>
        <translation>接続が切れました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is live again</source>
        <translation>「%1」の配信が再開しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stream reached the server again.</source>
        <translation>配信が再びサーバーに届いています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording stopped</source>
        <translation>録画が停止しました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 left for the recording.</source>
        <translation>録画に使える残り容量は %1 です。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>残り %1: 録画により約 %n 分でいっぱいになります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSourcePanel</name>
    <message>
        <location filename="../app/browsersourcepanel.cpp" line="+32"/>
        <source>Browser sources</source>
        <translation>ブラウザソース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the relay…</source>
        <translation>リレーを起動しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add browser source…</source>
        <translation>ブラウザソースを追加…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotate secret…</source>
        <translation>シークレットを更新…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet</source>
        <translation>スニペット</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected sources</source>
        <translation>接続中のソース</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay listens on %1.</source>
        <translation>リレーは %1 で待ち受けています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.</source>
        <translation>シークレットを保存するキーチェーンがないため、トークンは VIDA³ Studio を閉じるまで有効です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser sources are unavailable: %1</source>
        <translation>ブラウザソースを利用できません: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add browser source</source>
        <translation>ブラウザソースを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the browser source (the page streams under this name):</source>
        <translation>ブラウザソースの名前 (ページはこの名前で配信します):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A browser source needs a name.</source>
        <translation>ブラウザソースには名前が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a browser source called “%1”.</source>
        <translation>「%1」という名前のブラウザソースは既に存在します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is on top of the scene.</source>
        <translation>「%1」をシーンの最前面に追加しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is added to the scene after everything has stopped.</source>
        <translation>「%1」はすべて停止した後にシーンへ追加されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate the relay secret?</source>
        <translation>リレーのシークレットを更新しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every browser-source token given out so far stops working at once and connected pages are disconnected. Pages need the new token shown here to stream again.</source>
        <translation>これまでに発行したブラウザソースのトークンはすべて直ちに無効になり、接続中のページは切断されます。再び配信するには、ここに表示される新しいトークンがページに必要です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The secret was not rotated: %1</source>
        <translation>シークレットは更新されませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New secret: every earlier token stopped working.</source>
        <translation>新しいシークレット: 以前のトークンはすべて無効になりました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a browser source first</source>
        <translation>先にブラウザソースを追加してください</translation>
    </message>
</context>
<context>
    <name>BrowserSourceRow</name>
    <message>
        <location filename="../app/browsersourcerow.cpp" line="+10"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>ドロップ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+28"/>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene being edited. Page Up and Page Down select a layer, arrows move it, Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it.</source>
        <translation>編集中のシーンです。Page Up と Page Down でレイヤーを選択、矢印キーで移動、Alt と矢印キーでサイズ変更、Shift で 10 ピクセル単位、メニューキーで配置を変更します。</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+36"/>
        <source>Resize %1</source>
        <translation>%1 のサイズを変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge %1</source>
        <translation>%1 を微調整</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Arrange %1</source>
        <translation>%1 を配置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to canvas</source>
        <translation>キャンバスに合わせる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the canvas</source>
        <translation>キャンバスを埋める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>中央に配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset transform</source>
        <translation>変換をリセット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring forward</source>
        <translation>1 つ前面へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>1 つ背面へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping</source>
        <translation>スナップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe areas</source>
        <translation>セーフエリア</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9:16 guide</source>
        <translation>9:16 ガイド</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsMenu</name>
    <message>
        <location filename="../app/mixer/channelsettingsmenu.cpp" line="+26"/>
        <source>Noise suppression</source>
        <translation>ノイズ抑制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise gate</source>
        <translation>ノイズゲート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressor</source>
        <translation>コンプレッサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>バランス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>中央</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gain: %1 dB…</source>
        <translation>ゲイン: %1 dB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync offset: %1 ms…</source>
        <translation>同期オフセット: %1 ms…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain before the compressor (dB):</source>
        <translation>コンプレッサー前のゲイン (dB):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync offset</source>
        <translation>同期オフセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this channel by (ms; negative: earlier):</source>
        <translation>このチャンネルの遅延 (ms、負の値で早める):</translation>
    </message>
</context>
<context>
    <name>ChannelStrip</name>
    <message>
        <location filename="../app/mixer/channelstrip.cpp" line="+25"/>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop audio</source>
        <translation>デスクトップ音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser sources</source>
        <translation>ブラウザソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ tone</source>
        <translation>VIDA³ トーン</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 volume</source>
        <translation>%1 の音量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute %1</source>
        <translation>%1 をミュート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters, balance, sync offset</source>
        <translation>フィルタ、バランス、同期オフセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>%1 の設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 level</source>
        <translation>%1 のレベル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove this channel</source>
        <translation>このチャンネルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>−inf dB</source>
        <translation>−inf dB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — disconnected</source>
        <translation> — 切断</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — connecting</source>
        <translation> — 接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — you are muted</source>
        <translation> — ミュート中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no signal</source>
        <translation> — 信号なし</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../app/actions/commandpalette.cpp" line="+27"/>
        <source>Command palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an action: go live, record, a scene, mute…</source>
        <translation>操作を入力: 配信、録画、シーン名、ミュート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>操作を検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions found</source>
        <translation>見つかった操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action matches.</source>
        <translation>一致する操作はありません。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (on)</source>
        <translation>  (オン)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (オフ)</translation>
    </message>
</context>
<context>
    <name>CongestionIndicator</name>
    <message>
        <location filename="../app/congestionindicator.cpp" line="+18"/>
        <location line="+13"/>
        <source>Congestion: not sending</source>
        <translation>混雑: 送信していません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Congestion %1 (0: clear, 1: dropping frames)</source>
        <translation>混雑 %1 (0: 正常、1: フレームをドロップ中)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/alerts/desktopnotifier.cpp" line="+54"/>
        <source>This desktop shows no notifications.</source>
        <translation>このデスクトップでは通知が表示されません。</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <location filename="../app/destinationeditor.cpp" line="+43"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add destination</source>
        <translation>配信先を追加</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit destination</source>
        <translation>配信先を編集</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>配信先</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the destination a name.</source>
        <translation>配信先に名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another destination has this name.</source>
        <translation>この名前は他の配信先で使われています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is reserved; choose another.</source>
        <translation>この名前は予約されています。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>名前に制御文字が含まれています。</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <location filename="../app/destinationform.cpp" line="+59"/>
        <location line="+102"/>
        <source>Optional: used when the server URL keeps failing</source>
        <translation>任意: サーバー URL への接続が失敗し続けるときに使用します</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Paste the key from the platform</source>
        <translation>プラットフォームで取得したキーを貼り付けてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Show or hide the stream key</source>
        <translation>ストリームキーの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Platform</source>
        <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server URL</source>
        <translation>サーバー URL(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup URL</source>
        <translation>バックアップ URL(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream &amp;key</source>
        <translation>ストリームキー(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The %1 key %2.</source>
        <translation>%1 のキーは%2。</translation>
    </message>
</context>
<context>
    <name>DestinationList</name>
    <message>
        <location filename="../app/destinationlist.cpp" line="+34"/>
        <source>No destination yet: add X, YouTube, Twitch, Facebook or your own server.</source>
        <translation>配信先がまだありません: X、YouTube、Twitch、Facebook、または独自のサーバーを追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add destination…</source>
        <translation>配信先を追加…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <location filename="../app/destinationrow.cpp" line="+50"/>
        <source>Include in Go Live</source>
        <translation>配信開始の対象に含める</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+73"/>
        <source>Primary: %1</source>
        <translation>プライマリ: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Primary: %1
Backup: %2</source>
        <translation>プライマリ: %1
バックアップ: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending</source>
        <translation>送信していません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stream key: edit to add one</source>
        <translation>ストリームキーがありません: 編集して追加してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message>
        <location filename="../app/destinationstatus.cpp" line="+17"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live</source>
        <translation>● 配信中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation>再接続中 (%1 回目)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>%n 秒後に再接続 (%1 回目)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup URL</source>
        <translation>バックアップ URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary URL</source>
        <translation>プライマリ URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kbps · dropped (network) %2 · reconnects %3 · %4</source>
        <translation>%1 kbps · ドロップ (ネットワーク) %2 · 再接続 %3 · %4</translation>
    </message>
</context>
<context>
    <name>DestinationValidator</name>
    <message>
        <location filename="../studio/destination/destinationvalidator.cpp" line="+89"/>
        <source>Enter the server URL.</source>
        <translation>サーバー URL を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL contains spaces or line breaks.</source>
        <translation>サーバー URL に空白または改行が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL contains invisible control characters.</source>
        <translation>サーバー URL に見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>サーバー URL のポートは 1 から 65535 までの数値にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL is not a valid URL (expected rtmps://host/app).</source>
        <translation>サーバー URL が有効な URL ではありません (想定される形式: rtmps://host/app)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>サーバー URL は rtmp://、rtmps:// または srt:// で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires a secure server URL starting with rtmps://.</source>
        <translation>%1 では rtmps:// で始まる安全なサーバー URL が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not accept this kind of server URL.</source>
        <translation>%1 はこの種類のサーバー URL を受け付けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>サーバー URL にユーザー名やパスワードを含めないでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no host name.</source>
        <translation>サーバー URL にホスト名がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL&apos;s host name is not valid.</source>
        <translation>サーバー URL のホスト名が無効です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SRT URL needs a port (srt://host:port).</source>
        <translation>SRT の URL にはポートが必要です (srt://host:port)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SRT URL has no path: give a stream id as ?streamid=…</source>
        <translation>SRT の URL にはパスを指定できません。ストリーム ID は次の形式で指定してください: ?streamid=…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT latency must be a number of milliseconds from %1 to %2.</source>
        <translation>SRT のレイテンシは %1 から %2 までのミリ秒数にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no application path (for example /live2).</source>
        <translation>サーバー URL にアプリケーションパスがありません (例: /live2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must not contain a # fragment.</source>
        <translation>サーバー URL に # フラグメントを含めないでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the stream key.</source>
        <translation>ストリームキーを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key is too long (more than %1 characters).</source>
        <translation>ストリームキーが長すぎます (%1 文字を超えています)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key contains spaces or line breaks.</source>
        <translation>ストリームキーに空白または改行が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream key contains invisible control characters.</source>
        <translation>ストリームキーに見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like a %1 stream key: a %1 key %2.</source>
        <translation>%1 のストリームキーではないようです: %1 のキーは%2。</translation>
    </message>
</context>
<context>
    <name>EncodePlan</name>
    <message>
        <location filename="../app/encodeplan.cpp" line="+35"/>
        <source>%1 cannot share one encode: %2. Untick one of them to go live.</source>
        <translation>%1 は 1 つのエンコードを共有できません: %2。配信開始するには、いずれかのチェックを外してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x264 %1, chosen for this machine</source>
        <translation>x264 %1 (このマシン向けに選択)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, audio %7 kbps</source>
        <translation>%1 で 1 つのエンコードを共有: %2×%3、%4 fps、映像 %5 kbps (%8)、キーフレーム間隔 %6 秒、音声 %7 kbps</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/errortext.cpp" line="+12"/>
        <source>The studio could not start this output. Check the destination settings and try again.</source>
        <translation>この出力を開始できませんでした。配信先の設定を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scene could not be loaded. Check the scene file, or start without one.</source>
        <translation>シーンを読み込めませんでした。シーンファイルを確認するか、シーンなしで起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination is not valid. Check the server URL and the stream key.</source>
        <translation>配信先が無効です。サーバー URL とストリームキーを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written. Check the folder&apos;s permissions and free space.</source>
        <translation>ファイルを読み書きできませんでした。フォルダーのアクセス権と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot do that. Choose another format or setting.</source>
        <translation>このビルドではその操作を行えません。別の形式または設定を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video encoder stopped working. Try again; if it keeps failing, restart the studio.</source>
        <translation>映像エンコーダが停止しました。もう一度お試しください。失敗が続く場合は、スタジオを再起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found. Check the server URL and your internet connection.</source>
        <translation>サーバー名が見つかりませんでした。サーバー URL とインターネット接続を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answered at the server address. Check the server URL and its port.</source>
        <translation>サーバーのアドレスから応答がありませんでした。サーバー URL とポートを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check your internet connection, then go live again.</source>
        <translation>サーバーが時間内に応答しませんでした。インターネット接続を確認してから、もう一度配信を開始してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Check the server URL and your computer&apos;s date and time.</source>
        <translation>安全な接続に失敗しました: サーバーの証明書が受け入れられませんでした。サーバー URL と、コンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the stream key. Check the key in the destination form.</source>
        <translation>サーバーがストリームキーを拒否しました。配信先フォームのキーを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Check your internet connection, then go live again.</source>
        <translation>サーバーとの接続が切れました。インターネット接続を確認してから、もう一度配信を開始してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be written. Check that the disk has free space and the folder is writable.</source>
        <translation>録画を書き込めませんでした。ディスクに空き容量があり、フォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached from this network. Check your internet connection and firewall.</source>
        <translation>このネットワークからサーバーに到達できません。インターネット接続とファイアウォールを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: your stream key is kept in memory for this session only and never written to disk.</source>
        <translation>キーチェーンを利用できません: ストリームキーはこのセッションの間だけメモリに保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved stream key was found. Enter the key in the destination form.</source>
        <translation>保存されたストリームキーが見つかりませんでした。配信先フォームでキーを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished.</source>
        <translation>完了する前に停止しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That device was not found. Check that it is plugged in, then pick it again.</source>
        <translation>デバイスが見つかりませんでした。接続されていることを確認してから、もう一度選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device stopped working. It comes back by itself when it is available again.</source>
        <translation>デバイスが動作を停止しました。再び利用可能になると自動的に復帰します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Try again; if it keeps failing, restart the studio.</source>
        <translation>問題が発生しました。もう一度お試しください。失敗が続く場合は、スタジオを再起動してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name not found</source>
        <translation>サーバー名が見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answered at the server address</source>
        <translation>サーバーのアドレスから応答がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the stream key</source>
        <translation>サーバーがストリームキーを拒否しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recording could not be written</source>
        <translation>録画を書き込めませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server unreachable</source>
        <translation>サーバーに到達できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder stopped</source>
        <translation>エンコーダが停止しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination</source>
        <translation>無効な配信先</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see the message beside the buttons</source>
        <translation>ボタンの横のメッセージを参照してください</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/setup/firstrunwizard.cpp" line="+30"/>
        <source>Welcome to VIDA³ Studio</source>
        <translation>VIDA³ Studio へようこそ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where do you stream?</source>
        <translation>どこで配信しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the platform and paste the server and stream key it gives you. The key goes to your system&apos;s keychain, never to a file.</source>
        <translation>プラットフォームを選び、そこで取得したサーバーとストリームキーを貼り付けてください。キーはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip: I only record for now</source>
        <translation>スキップ: 今は録画だけする</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What can this computer stream?</source>
        <translation>このコンピューターはどの形式で配信できますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each format is encoded for a few seconds, as the stream would be. A format keeps up when this machine encodes it at least twice as fast as needed: the rest is for your game and your desktop.</source>
        <translation>各形式を配信時と同じように数秒間エンコードします。必要な速度の 2 倍以上でエンコードできれば、その形式は間に合います。残りの余力はゲームやデスクトップに回されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring</source>
        <translation>測定中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the recommended format</source>
        <translation>推奨の形式を使う</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measuring %1…</source>
        <translation>%1 を測定中…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1× real time</source>
        <translation>リアルタイムの %1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1.</source>
        <translation>推奨: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even 1280×720 at 30 fps does not keep up with x264 here: choose a hardware encoder in Settings → Output, or close other programs while you stream.</source>
        <translation>ここでは 1280×720、30 fps でも x264 が間に合いません。設定 → 出力でハードウェアエンコーダを選ぶか、配信中は他のプログラムを閉じてください。</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBinder</name>
    <message>
        <location filename="../app/actions/globalhotkeybinder.cpp" line="+69"/>
        <source>%1 for “%2” works only in the studio: %3</source>
        <translation>「%2」の %1 はスタジオ内でのみ有効です: %3</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../app/actions/globalhotkeys_other.cpp" line="+11"/>
        <source>This build has global hotkeys on Linux with X11 only: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>このビルドのグローバルホットキーは Linux (X11) のみに対応しています。ホットキーはスタジオにフォーカスがあるときに動作します。Stream Deck や Companion からはリモート操作で制御できます。</translation>
    </message>
    <message>
        <location filename="../app/actions/globalhotkeys_x11.cpp" line="+126"/>
        <source>Wayland does not let applications grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Wayland では、アプリケーションがデスクトップ全体でキーを取得できません。ホットキーはスタジオにフォーカスがあるときに動作します。Stream Deck や Companion からはリモート操作で制御できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session has no X11 display, so the studio cannot grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>このセッションには X11 ディスプレイがないため、スタジオはデスクトップ全体でキーを取得できません。ホットキーはスタジオにフォーカスがあるときに動作します。Stream Deck や Companion からはリモート操作で制御できます。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is already taken by another application, which uses it for the whole desktop: choose another key, or free it in that application.</source>
        <translation>%1 は既に別のアプリケーションがデスクトップ全体で使用しています。別のキーを選ぶか、そのアプリケーションで解除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X server refused to grab %1 (X error %2).</source>
        <translation>X サーバーが %1 の取得を拒否しました (X エラー %2)。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No key was given for %1.</source>
        <translation>%1 にキーが指定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.</source>
        <translation>%1: グローバルホットキーで使える修飾キーは Ctrl、Shift、Alt、Meta のみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as Home, Print or Pause.</source>
        <translation>%1 はグローバルホットキーにできません。英字、数字、F1 ～ F35、または Home、Print、Pause などの名前付きキーを使ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 switches the computer to another text console, so it never reaches applications: add Shift, or choose another key.</source>
        <translation>%1 はコンピューターを別のテキストコンソールに切り替えるため、アプリケーションには届きません。Shift を加えるか、別のキーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alone would stop that key from working in every other application: hold Ctrl, Alt or Meta with it.</source>
        <translation>%1 を単独で使うと、他のすべてのアプリケーションでそのキーが使えなくなります。Ctrl、Alt、Meta のいずれかと組み合わせてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keyboard layout in use has no such key.</source>
        <translation>%1: 使用中のキーボード配列にはそのキーがありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already the hotkey of %2.</source>
        <translation>%1 は既に %2 のホットキーです。</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../app/golive/golivechecklist.cpp" line="+46"/>
        <source>Before you go live</source>
        <translation>配信を開始する前に</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go live</source>
        <translation>配信開始</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../app/history/historydock.cpp" line="+36"/>
        <source>Session history</source>
        <translation>セッション履歴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept sessions</source>
        <translation>保存済みのセッション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>配信先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>送信量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every kept session as CSV or JSON lines.</source>
        <translation>保存されているすべてのセッションを CSV または JSON Lines 形式で保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history…</source>
        <translation>履歴を削除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep sessions for</source>
        <translation>セッションの保存期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this computer only; nothing is ever sent anywhere.</source>
        <translation>このコンピューターにのみ保存され、外部に送信されることはありません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recording</source>
        <translation>録画</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session kept yet.</source>
        <translation>保存されたセッションはまだありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames lost: %1 rendering, %2 encoding, %3 network.</source>
        <translation>フレーム損失: レンダリング %1、エンコード %2、ネットワーク %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 kbps on average</source>
        <translation>%1 (%2): 平均 %3 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1</source>
        <translation>録画: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Export the session history</source>
        <translation>セッション履歴をエクスポート</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Delete the session history?</source>
        <translation>セッション履歴を削除しますか?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every kept session is removed from this computer. Recordings are not touched.</source>
        <translation>保存されているすべてのセッションがこのコンピューターから削除されます。録画ファイルには影響しません。</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../app/settings/hotkeyspage.cpp" line="+33"/>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>操作を検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their keys</source>
        <translation>操作と割り当てキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New keys for the selected action</source>
        <translation>選択した操作の新しいキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys work while another application has the focus</source>
        <translation>他のアプリケーションにフォーカスがあってもキーを有効にする</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to its default.</source>
        <translation>デフォルトに戻しました。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pick an action in the list first.</source>
        <translation>先に一覧から操作を選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keys now.</source>
        <translation>キーの割り当てを解除しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 now runs it.</source>
        <translation>%1 で実行するようになりました。</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../app/scenes/inspectordock.cpp" line="+48"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer properties</source>
        <translation>レイヤーのプロパティ</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n 個のレイヤーを選択中です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a layer to see its settings.</source>
        <translation>レイヤーを選択すると設定が表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 layer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 レイヤー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+10"/>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop left</source>
        <translation>クロップ (左)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop top</source>
        <translation>クロップ (上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop right</source>
        <translation>クロップ (右)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop bottom</source>
        <translation>クロップ (下)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transform %1</source>
        <translation>%1 を変換</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>JSON, e.g. {&quot;left&quot;: 0}</source>
        <translation>JSON (例: {&quot;left&quot;: 0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not valid JSON</source>
        <translation>%1: 有効な JSON ではありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file for %1</source>
        <translation>%1 のファイルを選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the default</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>%1 をリセット</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/language.cpp" line="+64"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when you start VIDA³ Studio again.</source>
        <translation>新しい言語は VIDA³ Studio の次回起動時に適用されます。</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <location filename="../studio/scene/document/layercommands.cpp" line="+15"/>
        <source>Add %1 layer “%2”</source>
        <translation>%1 レイヤー「%2」を追加</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove layer “%1”</source>
        <translation>レイヤー「%1」を削除</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder layers</source>
        <translation>レイヤーを並べ替え</translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message>
        <location filename="../studio/scene/document/layeredits.cpp" line="+37"/>
        <location line="+337"/>
        <source>No such scene.</source>
        <translation>そのシーンはありません。</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No layer selected.</source>
        <translation>レイヤーが選択されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” named twice.</source>
        <translation>レイヤー「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer “%1” in this scene.</source>
        <translation>このシーンにレイヤー「%1」はありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position and size must be within ±%1 px.</source>
        <translation>位置とサイズは ±%1 px の範囲内にしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown layer kind “%1”.</source>
        <translation>不明なレイヤーの種類「%1」です。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A media layer called “%1” plays another file in the scene “%2”: its name is its mixer channel, so give this one another name.</source>
        <translation>「%1」という名前のメディアレイヤーが、シーン「%2」で別のファイルを再生しています。名前がミキサーのチャンネルになるため、このレイヤーには別の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A scene holds at most %1 layers.</source>
        <translation>1 つのシーンに含められるレイヤーは最大 %1 個です。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>%n 個のレイヤーを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>%n 個のレイヤーを削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A layer name has 1 to %1 characters.</source>
        <translation>レイヤー名は 1 ～ %1 文字にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a layer called “%1” in this scene.</source>
        <translation>このシーンには「%1」という名前のレイヤーが既にあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename layer “%1” to “%2”</source>
        <translation>レイヤー「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide %1</source>
        <translation>%1 を非表示</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock %1</source>
        <translation>%1 をロック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1</source>
        <translation>%1 のロックを解除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opacity is between 0 and 1.</source>
        <translation>不透明度は 0 から 1 の範囲です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity of %1</source>
        <translation>%1 の不透明度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation is between −360° and 360°.</source>
        <translation>回転は −360° から 360° の範囲です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate %1</source>
        <translation>%1 を回転</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop %1</source>
        <translation>%1 をクロップ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A crop is 0 or more pixels a side.</source>
        <translation>クロップは各辺 0 ピクセル以上です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That crop leaves nothing of the layer to show.</source>
        <translation>このクロップではレイヤーが何も表示されなくなります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A %1 layer has no field “%2”.</source>
        <translation>%1 レイヤーにはフィールド「%2」がありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One rectangle per layer.</source>
        <translation>レイヤーごとに矩形は 1 つです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That size leaves nothing of the cropped layer to show.</source>
        <translation>このサイズではクロップしたレイヤーが何も表示されなくなります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new order names every layer of the scene once.</source>
        <translation>新しい順序では、シーンのすべてのレイヤーを 1 回ずつ指定してください。</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../studio/scene/models/layerlistmodel.cpp" line="+165"/>
        <source>%1 layer%2%3</source>
        <translation>%1 レイヤー%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, hidden</source>
        <translation>、非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, locked</source>
        <translation>、ロック中</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../app/scenes/layersdock.cpp" line="+36"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers, top first</source>
        <translation>レイヤー (上が前面)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer</source>
        <translation>レイヤーを追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected layers</source>
        <translation>選択したレイヤーを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected layers</source>
        <translation>選択したレイヤーを複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring forward</source>
        <translation>1 つ前面へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>1 つ背面へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock or unlock the selected layers</source>
        <translation>選択したレイヤーをロック/ロック解除</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add an image</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a media file</source>
        <translation>メディアファイルを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video and audio (*)</source>
        <translation>映像と音声 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source</source>
        <translation>ブラウザソース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the page streams under:</source>
        <translation>ページが配信に使う名前:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scene to add to.</source>
        <translation>追加先のシーンがありません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing copied yet.</source>
        <translation>まだ何もコピーされていません。</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../app/mixer/levelmeterwidget.cpp" line="+26"/>
        <source>Level meter</source>
        <translation>レベルメーター</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>silent</source>
        <translation>無音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dB, average %2 dB%3</source>
        <translation>ピーク %1 dB、平均 %2 dB%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, muted</source>
        <translation>、ミュート中</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../studio/destination/memorysecretstore.cpp" line="+68"/>
        <source>No keychain available: the key is kept in memory for this session only.</source>
        <translation>キーチェーンを利用できません: キーはこのセッションの間だけメモリに保持されます。</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../app/mixer/mixerpanel.cpp" line="+50"/>
        <source>Programme (what viewers hear) · limiter −1 dBTP</source>
        <translation>プログラム (視聴者に聞こえる音声) · リミッター −1 dBTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme level</source>
        <translation>プログラムのレベル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add microphone</source>
        <translation>マイクを追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add desktop audio</source>
        <translation>デスクトップ音声を追加</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mute microphones</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No microphone to mute: add one with “Add microphone”.</source>
        <translation>ミュートするマイクがありません: 「マイクを追加」で追加してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected (kept in your setup, tried again next time): %1</source>
        <translation>未接続 (設定には残り、次回再試行します): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP</source>
        <translation>ラウドネス 現在 %1 LUFS · 3 秒間 %2 · 全体 %3 (目標 %4) · トゥルーピーク %5 dBTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default output</source>
        <translation>既定の出力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default (follows the system)</source>
        <translation>既定 (システムに従う)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new channel joins when nothing is live or recording.</source>
        <translation>新しいチャンネルは、配信も録画もしていないときに追加されます。</translation>
    </message>
</context>
<context>
    <name>NewLayer</name>
    <message>
        <location filename="../app/scenes/newlayer.cpp" line="+65"/>
        <source>Your text</source>
        <translation>テキストを入力</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>画像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ visual</source>
        <translation>VIDA³ ビジュアル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media file…</source>
        <translation>メディアファイル…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source…</source>
        <translation>ブラウザソース…</translation>
    </message>
</context>
<context>
    <name>OutputControls</name>
    <message>
        <location filename="../app/outputcontrols.cpp" line="+41"/>
        <source>Nothing is recorded while paused; the file goes on without a gap when you resume. The stream is not affected.</source>
        <translation>一時停止中は何も録画されません。再開するとファイルは途切れなく続きます。配信には影響しません。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No destination is ready to go live.</source>
        <translation>配信開始できる配信先がありません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>Recording to %1</source>
        <translation>%1 に録画中</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is being recorded.</source>
        <translation>録画していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording paused</source>
        <translation>録画一時停止中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording saved: %1</source>
        <translation>録画を保存しました: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop streaming</source>
        <translation>配信終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go Live</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing…</source>
        <translation>終了処理中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>録画終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>録画開始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>録画の再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause recording</source>
        <translation>録画の一時停止</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../app/settings/outputformat.cpp" line="+53"/>
        <source>Give both the width and the height, or neither (the platform&apos;s size).</source>
        <translation>幅と高さを両方指定するか、どちらも指定しないでください (プラットフォームのサイズ)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be from %1×%2 to %3×%4.</source>
        <translation>サイズは %1×%2 から %3×%4 の範囲にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width and the height must be even numbers (H.264 halves them for colour).</source>
        <translation>幅と高さは偶数にしてください (H.264 は色情報を半分の解像度で扱うため)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 24, 25, 30, 48, 50 or 60.</source>
        <translation>フレームレートは 24、25、30、48、50、60 のいずれかにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video bitrate must be from %1 to %2 kbps.</source>
        <translation>映像ビットレートは %1 ～ %2 kbps にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyframe interval must be from 1 to 10 seconds (platforms ask for 2).</source>
        <translation>キーフレーム間隔は 1 ～ 10 秒にしてください (プラットフォームの推奨は 2 秒)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target must be from -40 to -5 LUFS (most platforms ask for -14).</source>
        <translation>ラウドネス目標は -40 〜 -5 LUFS にしてください (多くのプラットフォームは -14 を求めています)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings are Matroska (.mkv) or MP4 (.mp4).</source>
        <translation>録画の形式は Matroska (.mkv) または MP4 (.mp4) です。</translation>
    </message>
</context>
<context>
    <name>OutputSettingsBox</name>
    <message>
        <location filename="../app/outputsettingsbox.cpp" line="+32"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hardware encoder spares the CPU for the scene. Each is tried with a test encode when the output starts; one that does not work falls back to x264 and says why. Automatic uses the first hardware encoder that works.</source>
        <translation>ハードウェアエンコーダを使うと、CPU をシーンの処理に回せます。各エンコーダは出力の開始時にテストエンコードで確認され、動作しない場合は理由を示して x264 に切り替わります。「自動」では、動作する最初のハードウェアエンコーダを使用します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faster presets use less CPU for a softer picture at the same bitrate. auto picks veryfast, superfast or ultrafast for the output size, frame rate and this computer&apos;s cores. If the stats count frames skipped by the encoder, choose a faster one.</source>
        <translation>速いプリセットほど CPU 使用量は少なくなりますが、同じビットレートでは画質が柔らかくなります。auto では、出力サイズ、フレームレート、このコンピューターのコア数に応じて veryfast、superfast、ultrafast から選択します。統計にエンコーダによるスキップフレームが表示される場合は、より速いプリセットを選んでください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Adapt the bitrate to the slowest destination</source>
        <translation>最も遅い配信先にビットレートを合わせる(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never reconnect</source>
        <translation>再接続しない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply when nothing is live or recording.</source>
        <translation>変更は、配信も録画もしていないときに適用されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encoder</source>
        <translation>エンコーダ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x264 &amp;speed</source>
        <translation>x264 速度(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;retry after</source>
        <translation>初回の再試行まで(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>最大待機時間(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts</source>
        <translation>試行回数(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PlatformPreset</name>
    <message>
        <location filename="../studio/destination/presettexts.cpp" line="+11"/>
        <source>contains only letters and digits</source>
        <translation>英字と数字のみで構成されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains only letters, digits and hyphens</source>
        <translation>英字、数字、ハイフンのみで構成されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with live_ followed by letters, digits and underscores</source>
        <translation>先頭が live_ で、その後に英字、数字、アンダースコアが続きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains letters, digits and the characters - _ . % ? &amp; =</source>
        <translation>英字、数字、および記号 - _ . % ? &amp; = で構成されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may contain any visible characters</source>
        <translation>表示可能な任意の文字で構成できます</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/golive/preflight.cpp" line="+20"/>
        <source>No destination is ticked for Go Live: tick one in Destinations.</source>
        <translation>配信開始の対象になっている配信先がありません: 「配信先」で 1 つにチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stream key for %1: edit the destination to add one.</source>
        <translation>%1 にストリームキーがありません: 配信先を編集して追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stream key and will not start.</source>
        <translation>%1 にはストリームキーがないため、開始されません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may refuse: %1</source>
        <translation>プラットフォームに拒否される可能性があります: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n 件の配信先の準備ができています (すべてストリームキーあり)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone in the mixer: viewers will not hear your voice.</source>
        <translation>ミキサーにマイクがありません: 視聴者にあなたの声は聞こえません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone is muted (Ctrl+Shift+M unmutes every microphone).</source>
        <translation>マイクがミュートされています (Ctrl+Shift+M ですべてのマイクのミュートを解除できます)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone on.</source>
        <translation>マイクはオンです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording disk cannot be read (%1).</source>
        <translation>録画ディスクを読み取れません (%1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 free where recordings go: a recording would stop when it is full.</source>
        <translation>録画の保存先の空き容量が %1 しかありません: いっぱいになると録画が停止します。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>録画の保存先の空き容量: %1 (約 %n 時間分の録画)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoder could not be tried: %1</source>
        <translation>エンコーダを試せませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×%2 at %3 fps with x264 %4</source>
        <translation>%1×%2、%3 fps、x264 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine encodes %1 %2 times as fast as needed.</source>
        <translation>このマシンは %1 を必要な速度の %2 倍でエンコードできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. Choose a faster x264 speed or a smaller size in Settings → Output.</source>
        <translation>このマシンでは %1 のエンコード速度が必要な速度の %2 倍しかありません: ゲームの実行中にフレームが失われる可能性があります。設定 → 出力で、より速い x264 速度か小さいサイズを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 encodes on the graphics chip: the CPU stays free.</source>
        <translation>%1 はグラフィックチップでエンコードします: CPU には負荷がかかりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the encoder on this machine…</source>
        <translation>このマシンでエンコーダを試しています…</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../app/previewwidget.cpp" line="+17"/>
        <source>Live preview</source>
        <translation>ライブプレビュー</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting the preview…</source>
        <translation>プレビューを開始しています…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../app/canvas/canvasaccessible.cpp" line="+41"/>
        <source>%1 layer at %2, %3, %4 × %5 pixels%6</source>
        <translation>%1 レイヤー、位置 %2, %3、サイズ %4 × %5 ピクセル%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, locked</source>
        <translation>、ロック中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, hidden</source>
        <translation>、非表示</translation>
    </message>
</context>
<context>
    <name>RemoteControlPanel</name>
    <message>
        <location filename="../app/remote/remotecontrolpanel.cpp" line="+31"/>
        <source>Remote control</source>
        <translation>リモート操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let controllers drive the studio</source>
        <translation>コントローラーによる操作を許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5).</source>
        <translation>Companion、Stream Deck、Streamer.bot、obs-cmd は OBS と同じように接続します (obs-websocket 5)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control port</source>
        <translation>リモート操作のポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also from other computers on the network</source>
        <translation>ネットワーク上の他のコンピューターからも許可</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on your network who has the password can then start and stop your stream.</source>
        <translation>ネットワーク上でパスワードを知っている人は誰でも、配信を開始・停止できるようになります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control password</source>
        <translation>リモート操作のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No keychain: this password lasts until the studio quits.</source>
        <translation>キーチェーンがありません: このパスワードはスタジオを終了するまで有効です。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remote control is off: %1</source>
        <translation>リモート操作はオフです: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Off. Nothing listens.</source>
        <translation>オフ。待ち受けていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every network interface</source>
        <translation>すべてのネットワークインターフェース</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>%1、ポート %2 で待ち受け中 · %n 台のコントローラーが接続中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/scene/document/scenecommands.cpp" line="+30"/>
        <source>Remove scene “%1”</source>
        <translation>シーン「%1」を削除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move scene “%1”</source>
        <translation>シーン「%1」を移動</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename scene “%1” to “%2”</source>
        <translation>シーン「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default transition: %1</source>
        <translation>デフォルトのトランジション: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition to “%1”: %2</source>
        <translation>「%1」へのトランジション: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>SceneEdits</name>
    <message>
        <location filename="../studio/scene/document/sceneedits.cpp" line="+39"/>
        <source>A scene needs a name.</source>
        <translation>シーンには名前が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scene name has at most %1 characters.</source>
        <translation>シーン名は最大 %1 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scene called “%1”.</source>
        <translation>「%1」という名前のシーンは既に存在します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>A collection holds at most %1 scenes.</source>
        <translation>1 つのコレクションに含められるシーンは最大 %1 個です。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add scene “%1”</source>
        <translation>シーン「%1」を追加</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>No such scene.</source>
        <translation>そのシーンはありません。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last scene cannot be removed: a collection always has one.</source>
        <translation>最後のシーンは削除できません: コレクションには常に 1 つのシーンが必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such position.</source>
        <translation>その位置はありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to “%1”</source>
        <translation>「%1」に切り替え</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default transition cannot be empty.</source>
        <translation>デフォルトのトランジションを空にすることはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transition lasts 0 to %1 ms.</source>
        <translation>トランジションの長さは 0 ～ %1 ms です。</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../studio/scene/models/scenelistmodel.cpp" line="+76"/>
        <source>On air</source>
        <translation>オンエア中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In preview</source>
        <translation>プレビュー中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switched to with %1</source>
        <translation>%1 で切り替え</translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message>
        <location filename="../app/scenes/sceneworkspace.cpp" line="+33"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>編集履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>開いた時点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenes with their files…</source>
        <translation>シーンをファイルと一緒にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export scenes</source>
        <translation>シーンをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes)</source>
        <translation>VIDA³ シーンバンドル (*.vida3scenes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import scenes…</source>
        <translation>シーンをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import scenes</source>
        <translation>シーンをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes);;All files (*)</source>
        <translation>VIDA³ シーンバンドル (*.vida3scenes);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Studio mode</source>
        <translation>スタジオモード(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenes exported to %1</source>
        <translation>シーンを %1 にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>%n 個のシーンをインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 個のシーンをインポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <location filename="../app/scenes/scenesdock.cpp" line="+34"/>
        <location line="+6"/>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a scene</source>
        <translation>シーンを追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty scene</source>
        <translation>空のシーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a template</source>
        <translation>テンプレートから</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Duplicate the scene</source>
        <translation>シーンを複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scene</source>
        <translation>シーンを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene up</source>
        <translation>シーンを上へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down</source>
        <translation>シーンを下へ移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Transition</source>
        <translation>トランジション</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>フェード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide</source>
        <translation>スライド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition duration</source>
        <translation>トランジションの長さ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transition to this scene</source>
        <translation>このシーンへのトランジション</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../app/remote/schedulepanel.cpp" line="+25"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled starts</source>
        <translation>予約済みの開始</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Go live</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Record</source>
        <translation>録画開始</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Go live and record</source>
        <translation>配信開始と録画開始</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Stop at</source>
        <translation>終了時刻を指定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to schedule</source>
        <translation>スケジュールに追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was started late.</source>
        <translation>予約された開始を逃しました (%2 の%1): VIDA³ Studio が起動していなかったため、遅れて開始することはしませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule could not be saved: %1</source>
        <translation>スケジュールを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the scene on air</source>
        <translation>オンエア中のシーンを維持</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved schedule could not be read: %1</source>
        <translation>保存されたスケジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> until %1</source>
        <translation> ～%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every week</source>
        <translation>、毎週</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, scene &quot;%1&quot;</source>
        <translation>、シーン「%1」</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing scheduled.</source>
        <translation>予定はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next start in %1</source>
        <translation>次の開始まで %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled stop in %1</source>
        <translation>予約された停止まで %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled switch</source>
        <translation>予約による切り替え</translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message>
        <location filename="../app/history/sessiongraph.cpp" line="+14"/>
        <source>Bitrate and lost frames of the chosen session</source>
        <translation>選択したセッションのビットレートと損失フレーム</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No graph for this session</source>
        <translation>このセッションのグラフはありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>peak %1 kbps</source>
        <translation>ピーク %1 kbps</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings/settingsdialog.cpp" line="+35"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>録画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys</source>
        <translation>ホットキー</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (from the next start):</source>
        <translation>言語 (次回起動時から):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, session history and stream keys stay on this computer.</source>
        <translation>VIDA³ Studio はどこにも何も送信しません (テレメトリなし)。設定、シーン、セッション履歴、ストリームキーはこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>すべてのデータを削除…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>The platform&apos;s</source>
        <translation>プラットフォームの既定</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>フレームレート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video bitrate:</source>
        <translation>映像ビットレート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframe every:</source>
        <translation>キーフレーム間隔:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every destination shares one encode: a value a platform does not accept is lowered for all, and the window says so.</source>
        <translation>すべての配信先で 1 つのエンコードを共有します。いずれかのプラットフォームが受け付けない値は全配信先で下げられ、ウィンドウにその旨が表示されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the programme&apos;s peaks to −1 dBTP</source>
        <translation>プログラムのピークを −1 dBTP に制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target is what the programme meter aims at: −14 LUFS for YouTube, Twitch and X. The limiter keeps sudden peaks from distorting on the platforms&apos; encoders.</source>
        <translation>ラウドネス目標はプログラムメーターが目指す値です。YouTube、Twitch、X では −14 LUFS です。リミッターは急なピークがプラットフォームのエンコーダーで歪むのを防ぎます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loudness target:</source>
        <translation>ラウドネス目標:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your Videos folder</source>
        <translation>ビデオフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings folder</source>
        <translation>録画フォルダー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matroska (.mkv): plays even after a crash</source>
        <translation>Matroska (.mkv): クラッシュ後も再生可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (.mp4), fragmented: plays even after a crash</source>
        <translation>MP4 (.mp4)、フラグメント化: クラッシュ後も再生可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write the size as width x height, for example 1920x1080.</source>
        <translation>サイズは「幅x高さ」の形式で入力してください (例: 1920x1080)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recordings folder must be a full path, such as %1.</source>
        <translation>録画フォルダーは %1 のような完全なパスにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings cannot be written to %1.</source>
        <translation>%1 に録画を書き込めません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The stream and the recording keep their format until every output has stopped; the new one applies from the next start.</source>
        <translation>保存しました。配信と録画は、すべての出力が停止するまで現在の形式のままです。新しい形式は次回の開始から適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../app/sources/sourcerow.cpp" line="+19"/>
        <location line="+5"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pause %1</source>
        <translation>%1 を一時停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>最初から再生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1</source>
        <translation>%1 を最初から再生</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take it off the scene</source>
        <translation>シーンから外す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/sources/sourcespanel.cpp" line="+34"/>
        <location line="+117"/>
        <source>Camera “%1”</source>
        <translation>カメラ「%1」</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Screen %1</source>
        <translation>画面 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera, screen and media</source>
        <translation>カメラ、画面、メディア</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add camera</source>
        <translation>カメラを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add screen</source>
        <translation>画面を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole display this window is on (X11).</source>
        <translation>このウィンドウがあるディスプレイ全体 (X11)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add media file…</source>
        <translation>メディアファイルを追加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera connected</source>
        <translation>カメラが接続されていません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is added to the scene after everything has stopped.</source>
        <translation>%1 はすべて停止した後にシーンへ追加されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on top of the scene.</source>
        <translation>%1 をシーンの最前面に追加しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not found any more, taken off the scene: %1</source>
        <translation>見つからなくなったため、シーンから外しました: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” goes off the scene after everything has stopped.</source>
        <translation>「%1」はすべて停止した後にシーンから外されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is off the scene.</source>
        <translation>「%1」をシーンから外しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a media file</source>
        <translation>メディアファイルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)</source>
        <translation>映像と音声 (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <location filename="../app/stats/statsdock.cpp" line="+37"/>
        <source>Stats</source>
        <translation>統計</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitrate per destination</source>
        <translation>配信先ごとのビットレート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost per second</source>
        <translation>1 秒あたりの損失フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion per destination</source>
        <translation>配信先ごとの混雑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Render and encode time per frame</source>
        <translation>1 フレームあたりのレンダリング・エンコード時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (100 % is one core)</source>
        <translation>CPU (100% = 1 コア)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>No recording.</source>
        <translation>録画していません。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Stats graphs</source>
        <translation>統計グラフ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rendering</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>エンコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendered</source>
        <translation>レンダリング済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encode</source>
        <translation>エンコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studio</source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resident</source>
        <translation>常駐</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free on the recording disk: %1</source>
        <translation>録画ディスクの空き容量: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>録画ディスクの空き容量: %1 — 録画により約 %n 分でいっぱいになります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../app/statusline.cpp" line="+41"/>
        <source>● Recording</source>
        <translation>● 録画中</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Bitrate: —</source>
        <translation>ビットレート: —</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Rendering: — fps</source>
        <translation>レンダリング: — fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0</source>
        <translation>フレーム損失: 遅延 (レンダリング) 0 · スキップ (エンコード) 0 · ドロップ (ネットワーク) 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Live</source>
        <translation>● 配信中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitrate: %1 kbps</source>
        <translation>ビットレート: %1 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1 kbps</source>
        <translation>録画: %1 kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering: %1 fps</source>
        <translation>レンダリング: %1 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3</source>
        <translation>フレーム損失: 遅延 (レンダリング) %1 · スキップ (エンコード) %2 · ドロップ (ネットワーク) %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames encoded %1 · %2</source>
        <translation>エンコード済みフレーム %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames written by each output. After a stop, the recording&apos;s count is the number of frames in the file.</source>
        <translation>各出力が書き込んだフレーム数です。停止後の録画の数は、ファイル内のフレーム数です。</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../app/actions/studioactions.cpp" line="+26"/>
        <source>&amp;Controls</source>
        <translation>操作(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Go live or stop streaming</source>
        <translation>配信の開始/終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start or stop recording</source>
        <translation>録画の開始/終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the recording</source>
        <translation>録画の一時停止/再開</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio mode</source>
        <translation>スタジオモード</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Studio</source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take: put the preview on air</source>
        <translation>切り替え: プレビューをオンエアにする</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute or unmute every microphone</source>
        <translation>すべてのマイクのミュート/解除</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Switch &amp;scene</source>
        <translation>シーンを切り替え(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a layer</source>
        <translation>レイヤーを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer: %1</source>
        <translation>レイヤーを追加: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show or hide: %1</source>
        <translation>表示/非表示: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to scene “%1”</source>
        <translation>シーン「%1」に切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mute or unmute “%1”</source>
        <translation>「%1」のミュート/解除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop streaming</source>
        <translation>配信終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go live</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>録画終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording</source>
        <translation>録画開始</translation>
    </message>
</context>
<context>
    <name>StudioModePanel</name>
    <message>
        <location filename="../app/scenes/studiomode.cpp" line="+28"/>
        <source>Preview: the next scene</source>
        <translation>プレビュー: 次のシーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take →</source>
        <translation>切り替え →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the preview on air with its transition (Ctrl+Enter)</source>
        <translation>プレビューをトランジション付きでオンエアにします (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take “%1”</source>
        <translation>「%1」に切り替え</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../app/studiowindow.cpp" line="+79"/>
        <location line="+110"/>
        <location filename="../app/studiowindowentry.cpp" line="+57"/>
        <location line="+24"/>
        <source>VIDA³ Studio</source>
        <translation>VIDA³ Studio</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Scenes not saved: %1</source>
        <translation>シーンが保存されていません: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Render, encode and stream a live canvas.</source>
        <translation>ライブキャンバスをレンダリング、エンコード、配信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available: your stream keys are kept in memory for this session only and never written to disk.</source>
        <translation>キーチェーンを利用できません: ストリームキーはこのセッションの間だけメモリに保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destinations</source>
        <translation>配信先</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio mixer</source>
        <translation>音声ミキサー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studio controls</source>
        <translation>スタジオの操作</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adjusted so every platform accepts it: %1</source>
        <translation>すべてのプラットフォームが受け付けるように調整しました: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/studiowindowentry.cpp" line="-39"/>
        <source>Delete all my data</source>
        <translation>すべてのデータを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, schedule and session history, and the stream keys, relay secret and remote-control password in the keychain. Your recordings stay.

The studio stops what is live and closes first.</source>
        <translation>VIDA³ Studio がこのコンピューターに保存しているものをすべて削除します: 設定、シーン、スケジュール、セッション履歴、およびキーチェーン内のストリームキー、リレーのシークレット、リモート操作のパスワード。録画ファイルは残ります。

スタジオは配信中のものを先に停止してから終了します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <location filename="../app/studiowindowentry.cpp" line="+3"/>
        <source>Everything VIDA³ Studio kept on this computer is removed. Your recordings stay where they are.</source>
        <translation>VIDA³ Studio がこのコンピューターに保存していたものはすべて削除されました。録画ファイルはそのまま残っています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of it could not be removed:
%1</source>
        <translation>一部を削除できませんでした:
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your scenes could not be opened:
%1

They are kept in %2; open that file with vida3-studio FILE once it is fixed.</source>
        <translation>シーンを開けませんでした:
%1

シーンは %2 に保管されています。修正したら vida3-studio FILE でそのファイルを開いてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No scene “%1” in %2.</source>
        <translation>%2 にシーン「%1」がありません。</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/windowlayout.cpp" line="+19"/>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../app/windowtools.cpp" line="+78"/>
        <source>Command palette…</source>
        <translation>コマンドパレット…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Studio</source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys…</source>
        <translation>ホットキー…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a destination…</source>
        <translation>配信先を追加…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up with the wizard…</source>
        <translation>ウィザードで設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all my data…</source>
        <translation>すべてのデータを削除…</translation>
    </message>
</context>
</TS>
