<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../app/actions/actionregistry.cpp" line="+146"/>
        <source>There is no action “%1”.</source>
        <translation>Es gibt keine Aktion „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key of “%2”. Clear it there first.</source>
        <translation>%1 ist bereits „%2“ zugewiesen. Entfernen Sie es dort zuerst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.</source>
        <translation>%1 verschiebt den Fokus oder betätigt das fokussierte Bedienelement: Wählen Sie eine Taste mit Ctrl, Alt oder eine Funktionstaste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moves or removes layers in the canvas and the Layers list.</source>
        <translation>%1 verschiebt oder entfernt Ebenen auf der Leinwand und in der Ebenenliste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copies, pastes or duplicates layers and text.</source>
        <translation>%1 kopiert, fügt ein oder dupliziert Ebenen und Text.</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../app/alerts/alertcenter.cpp" line="+66"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A destination fails</source>
        <translation>Ein Ziel schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination starts reconnecting</source>
        <translation>Ein Ziel verbindet erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination is live again</source>
        <translation>Ein Ziel ist wieder live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording stops on its own</source>
        <translation>Die Aufnahme stoppt von selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>The disk is nearly full</source>
        <translation>Der Datenträger ist fast voll</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” failed</source>
        <translation>„%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is reconnecting</source>
        <translation>„%1“ verbindet erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is live again</source>
        <translation>„%1“ ist wieder live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stream reached the server again.</source>
        <translation>Der Stream erreicht den Server wieder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording stopped</source>
        <translation>Die Aufnahme wurde gestoppt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 left for the recording.</source>
        <translation>Noch %1 frei für die Aufnahme.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Noch %1 frei: Die Aufnahme füllt den Datenträger in etwa %n Minute.</numerusform>
            <numerusform>Noch %1 frei: Die Aufnahme füllt den Datenträger in etwa %n Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSourcePanel</name>
    <message>
        <location filename="../app/browsersourcepanel.cpp" line="+32"/>
        <source>Browser sources</source>
        <translation>Browserquellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the relay…</source>
        <translation>Relay wird gestartet …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add browser source…</source>
        <translation>Browserquelle hinzufügen …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotate secret…</source>
        <translation>Geheimnis erneuern …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected sources</source>
        <translation>Verbundene Quellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay listens on %1.</source>
        <translation>Das Relay lauscht auf %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.</source>
        <translation>Es gibt keinen Schlüsselbund, um sein Geheimnis aufzubewahren, daher funktionieren Token nur, bis VIDA³ Studio geschlossen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser sources are unavailable: %1</source>
        <translation>Browserquellen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add browser source</source>
        <translation>Browserquelle hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the browser source (the page streams under this name):</source>
        <translation>Name der Browserquelle (die Seite streamt unter diesem Namen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A browser source needs a name.</source>
        <translation>Eine Browserquelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a browser source called “%1”.</source>
        <translation>Es gibt bereits eine Browserquelle namens „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is on top of the scene.</source>
        <translation>„%1“ liegt jetzt oben in der Szene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is added to the scene after everything has stopped.</source>
        <translation>„%1“ wird der Szene hinzugefügt, sobald alles gestoppt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate the relay secret?</source>
        <translation>Relay-Geheimnis erneuern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every browser-source token given out so far stops working at once and connected pages are disconnected. Pages need the new token shown here to stream again.</source>
        <translation>Alle bisher ausgegebenen Browserquellen-Token werden sofort ungültig und verbundene Seiten werden getrennt. Die Seiten benötigen das hier angezeigte neue Token, um wieder zu streamen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The secret was not rotated: %1</source>
        <translation>Das Geheimnis wurde nicht erneuert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New secret: every earlier token stopped working.</source>
        <translation>Neues Geheimnis: Alle früheren Token sind ungültig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a browser source first</source>
        <translation>Zuerst eine Browserquelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>BrowserSourceRow</name>
    <message>
        <location filename="../app/browsersourcerow.cpp" line="+10"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
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
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>Ausgelassen</translation>
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
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+28"/>
        <source>Canvas</source>
        <translation>Leinwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene being edited. Page Up and Page Down select a layer, arrows move it, Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it.</source>
        <translation>Die bearbeitete Szene. Bild auf und Bild ab wählen eine Ebene aus, die Pfeiltasten verschieben sie, Alt mit Pfeiltasten ändert ihre Größe, Umschalt macht Schritte von 10 Pixeln, die Menütaste ordnet sie an.</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+36"/>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge %1</source>
        <translation>%1 schrittweise verschieben</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Arrange %1</source>
        <translation>%1 anordnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to canvas</source>
        <translation>An Leinwand anpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the canvas</source>
        <translation>Leinwand füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Zentrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset transform</source>
        <translation>Transformation zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring forward</source>
        <translation>Nach vorne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping</source>
        <translation>Einrasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe areas</source>
        <translation>Sichere Bereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9:16 guide</source>
        <translation>9:16-Hilfslinie</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsMenu</name>
    <message>
        <location filename="../app/mixer/channelsettingsmenu.cpp" line="+26"/>
        <source>Noise suppression</source>
        <translation>Rauschunterdrückung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise gate</source>
        <translation>Noise Gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressor</source>
        <translation>Kompressor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gain: %1 dB…</source>
        <translation>Gain: %1 dB …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync offset: %1 ms…</source>
        <translation>Sync-Versatz: %1 ms …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain before the compressor (dB):</source>
        <translation>Gain vor dem Kompressor (dB):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync offset</source>
        <translation>Sync-Versatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this channel by (ms; negative: earlier):</source>
        <translation>Diesen Kanal verzögern um (ms; negativ: früher):</translation>
    </message>
</context>
<context>
    <name>ChannelStrip</name>
    <message>
        <location filename="../app/mixer/channelstrip.cpp" line="+25"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop audio</source>
        <translation>Desktop-Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser sources</source>
        <translation>Browserquellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ tone</source>
        <translation>VIDA³-Ton</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 volume</source>
        <translation>Lautstärke von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters, balance, sync offset</source>
        <translation>Filter, Balance, Sync-Versatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 level</source>
        <translation>Pegel von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove this channel</source>
        <translation>Diesen Kanal entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
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
        <translation> — getrennt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — connecting</source>
        <translation> — verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — you are muted</source>
        <translation> — Sie sind stummgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no signal</source>
        <translation> — kein Signal</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../app/actions/commandpalette.cpp" line="+27"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an action: go live, record, a scene, mute…</source>
        <translation>Aktion eingeben: live gehen, Aufnahme, Szene, stumm …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Aktion suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions found</source>
        <translation>Gefundene Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action matches.</source>
        <translation>Keine passende Aktion.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (on)</source>
        <translation>  (an)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (aus)</translation>
    </message>
</context>
<context>
    <name>CongestionIndicator</name>
    <message>
        <location filename="../app/congestionindicator.cpp" line="+18"/>
        <location line="+13"/>
        <source>Congestion: not sending</source>
        <translation>Überlastung: sendet nicht</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Congestion %1 (0: clear, 1: dropping frames)</source>
        <translation>Überlastung %1 (0: frei, 1: Frames werden ausgelassen)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/alerts/desktopnotifier.cpp" line="+54"/>
        <source>This desktop shows no notifications.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Benachrichtigungen an.</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <location filename="../app/destinationeditor.cpp" line="+43"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit destination</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the destination a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another destination has this name.</source>
        <translation>Ein anderes Ziel hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is reserved; choose another.</source>
        <translation>Dieser Name ist reserviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>Der Name enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <location filename="../app/destinationform.cpp" line="+59"/>
        <location line="+102"/>
        <source>Optional: used when the server URL keeps failing</source>
        <translation>Optional: wird verwendet, wenn die Server-URL wiederholt fehlschlägt</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Paste the key from the platform</source>
        <translation>Fügen Sie den Schlüssel der Plattform ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Show or hide the stream key</source>
        <translation>Streamschlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup URL</source>
        <translation>&amp;Backup-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream &amp;key</source>
        <translation>&amp;Streamschlüssel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The %1 key %2.</source>
        <translation>Der Schlüssel für %1 %2.</translation>
    </message>
</context>
<context>
    <name>DestinationList</name>
    <message>
        <location filename="../app/destinationlist.cpp" line="+34"/>
        <source>No destination yet: add X, YouTube, Twitch, Facebook or your own server.</source>
        <translation>Noch kein Ziel: Fügen Sie X, YouTube, Twitch, Facebook oder Ihren eigenen Server hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add destination…</source>
        <translation>Ziel hinzufügen …</translation>
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
        <translation>Beim Live-Gehen einbeziehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+73"/>
        <source>Primary: %1</source>
        <translation>Primär: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Primary: %1
Backup: %2</source>
        <translation>Primär: %1
Backup: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending</source>
        <translation>Sendet nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stream key: edit to add one</source>
        <translation>Kein Streamschlüssel: Zum Hinzufügen bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message>
        <location filename="../app/destinationstatus.cpp" line="+17"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Verbindet erneut …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Verbindet erneut (Versuch %1) …</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Erneute Verbindung in %n s (Versuch %1)</numerusform>
            <numerusform>Erneute Verbindung in %n s (Versuch %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup URL</source>
        <translation>Backup-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary URL</source>
        <translation>Primär-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kbps · dropped (network) %2 · reconnects %3 · %4</source>
        <translation>%1 kbps · ausgelassen (Netzwerk) %2 · Neuverbindungen %3 · %4</translation>
    </message>
</context>
<context>
    <name>DestinationValidator</name>
    <message>
        <location filename="../studio/destination/destinationvalidator.cpp" line="+89"/>
        <source>Enter the server URL.</source>
        <translation>Geben Sie die Server-URL ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL contains spaces or line breaks.</source>
        <translation>Die Server-URL enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL contains invisible control characters.</source>
        <translation>Die Server-URL enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>Der Port der Server-URL muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL is not a valid URL (expected rtmps://host/app).</source>
        <translation>Die Server-URL ist keine gültige URL (erwartet: rtmps://host/app).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>Die Server-URL muss mit rtmp://, rtmps:// oder srt:// beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires a secure server URL starting with rtmps://.</source>
        <translation>%1 erfordert eine sichere Server-URL, die mit rtmps:// beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not accept this kind of server URL.</source>
        <translation>%1 akzeptiert diese Art von Server-URL nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no host name.</source>
        <translation>Die Server-URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL&apos;s host name is not valid.</source>
        <translation>Der Hostname der Server-URL ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SRT URL needs a port (srt://host:port).</source>
        <translation>Eine SRT-URL braucht einen Port (srt://host:port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SRT URL has no path: give a stream id as ?streamid=…</source>
        <translation>Eine SRT-URL hat keinen Pfad: Geben Sie die Stream-ID so an: ?streamid=…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT latency must be a number of milliseconds from %1 to %2.</source>
        <translation>Die SRT-Latenz muss eine Anzahl Millisekunden von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no application path (for example /live2).</source>
        <translation>Die Server-URL hat keinen Anwendungspfad (zum Beispiel /live2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must not contain a # fragment.</source>
        <translation>Die Server-URL darf kein #-Fragment enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the stream key.</source>
        <translation>Geben Sie den Streamschlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key is too long (more than %1 characters).</source>
        <translation>Der Streamschlüssel ist zu lang (mehr als %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key contains spaces or line breaks.</source>
        <translation>Der Streamschlüssel enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream key contains invisible control characters.</source>
        <translation>Der Streamschlüssel enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like a %1 stream key: a %1 key %2.</source>
        <translation>Dies sieht nicht nach einem Streamschlüssel für %1 aus: Der Schlüssel für %1 %2.</translation>
    </message>
</context>
<context>
    <name>EncodePlan</name>
    <message>
        <location filename="../app/encodeplan.cpp" line="+35"/>
        <source>%1 cannot share one encode: %2. Untick one of them to go live.</source>
        <translation>%1 können keine gemeinsame Kodierung nutzen: %2. Entfernen Sie bei einem davon das Häkchen, um live zu gehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x264 %1, chosen for this machine</source>
        <translation>x264 %1, für diesen Computer gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, audio %7 kbps</source>
        <translation>Eine Kodierung für %1: %2×%3 mit %4 fps, Video %5 kbps (%8), Keyframe alle %6 s, Audio %7 kbps</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/errortext.cpp" line="+12"/>
        <source>The studio could not start this output. Check the destination settings and try again.</source>
        <translation>Das Studio konnte diese Ausgabe nicht starten. Überprüfen Sie die Zieleinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scene could not be loaded. Check the scene file, or start without one.</source>
        <translation>Die Szene konnte nicht geladen werden. Überprüfen Sie die Szenendatei oder starten Sie ohne sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination is not valid. Check the server URL and the stream key.</source>
        <translation>Das Ziel ist ungültig. Überprüfen Sie die Server-URL und den Streamschlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written. Check the folder&apos;s permissions and free space.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden. Überprüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot do that. Choose another format or setting.</source>
        <translation>Dieser Build kann das nicht. Wählen Sie ein anderes Format oder eine andere Einstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video encoder stopped working. Try again; if it keeps failing, restart the studio.</source>
        <translation>Der Videokodierer funktioniert nicht mehr. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie das Studio neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found. Check the server URL and your internet connection.</source>
        <translation>Der Servername wurde nicht gefunden. Überprüfen Sie die Server-URL und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answered at the server address. Check the server URL and its port.</source>
        <translation>Unter der Serveradresse hat nichts geantwortet. Überprüfen Sie die Server-URL und ihren Port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check your internet connection, then go live again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Überprüfen Sie Ihre Internetverbindung und gehen Sie dann erneut live.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Check the server URL and your computer&apos;s date and time.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert. Überprüfen Sie die Server-URL sowie Datum und Uhrzeit Ihres Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the stream key. Check the key in the destination form.</source>
        <translation>Der Server hat den Streamschlüssel abgelehnt. Überprüfen Sie den Schlüssel im Zielformular.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Check your internet connection, then go live again.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Überprüfen Sie Ihre Internetverbindung und gehen Sie dann erneut live.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be written. Check that the disk has free space and the folder is writable.</source>
        <translation>Die Aufnahme konnte nicht geschrieben werden. Überprüfen Sie, ob auf dem Datenträger Speicherplatz frei ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached from this network. Check your internet connection and firewall.</source>
        <translation>Der Server ist von diesem Netzwerk aus nicht erreichbar. Überprüfen Sie Ihre Internetverbindung und Firewall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: your stream key is kept in memory for this session only and never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar: Ihr Streamschlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved stream key was found. Enter the key in the destination form.</source>
        <translation>Es wurde kein gespeicherter Streamschlüssel gefunden. Geben Sie den Schlüssel im Zielformular ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished.</source>
        <translation>Vor dem Abschluss gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That device was not found. Check that it is plugged in, then pick it again.</source>
        <translation>Dieses Gerät wurde nicht gefunden. Überprüfen Sie, ob es angeschlossen ist, und wählen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device stopped working. It comes back by itself when it is available again.</source>
        <translation>Das Gerät funktioniert nicht mehr. Es kehrt von selbst zurück, sobald es wieder verfügbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Try again; if it keeps failing, restart the studio.</source>
        <translation>Etwas ist schiefgelaufen. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie das Studio neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name not found</source>
        <translation>Servername nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answered at the server address</source>
        <translation>keine Antwort unter der Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the stream key</source>
        <translation>Server hat den Streamschlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recording could not be written</source>
        <translation>Aufnahme konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder stopped</source>
        <translation>Kodierer gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination</source>
        <translation>ungültiges Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see the message beside the buttons</source>
        <translation>siehe Meldung neben den Schaltflächen</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/setup/firstrunwizard.cpp" line="+30"/>
        <source>Welcome to VIDA³ Studio</source>
        <translation>Willkommen bei VIDA³ Studio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where do you stream?</source>
        <translation>Wo streamen Sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the platform and paste the server and stream key it gives you. The key goes to your system&apos;s keychain, never to a file.</source>
        <translation>Wählen Sie die Plattform und fügen Sie den Server und den Streamschlüssel ein, die sie Ihnen gibt. Der Schlüssel kommt in den Schlüsselbund Ihres Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip: I only record for now</source>
        <translation>Überspringen: Ich nehme vorerst nur auf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What can this computer stream?</source>
        <translation>Was kann dieser Computer streamen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each format is encoded for a few seconds, as the stream would be. A format keeps up when this machine encodes it at least twice as fast as needed: the rest is for your game and your desktop.</source>
        <translation>Jedes Format wird einige Sekunden lang kodiert, wie beim Streamen. Ein Format hält mit, wenn dieser Computer es mindestens doppelt so schnell wie nötig kodiert: Der Rest bleibt für Ihr Spiel und Ihren Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the recommended format</source>
        <translation>Empfohlenes Format verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measuring %1…</source>
        <translation>%1 wird gemessen …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1× real time</source>
        <translation>%1× Echtzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1.</source>
        <translation>Empfohlen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even 1280×720 at 30 fps does not keep up with x264 here: choose a hardware encoder in Settings → Output, or close other programs while you stream.</source>
        <translation>Selbst 1280×720 mit 30 fps hält mit x264 hier nicht mit: Wählen Sie unter Einstellungen → Ausgabe einen Hardwarekodierer oder schließen Sie andere Programme, während Sie streamen.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBinder</name>
    <message>
        <location filename="../app/actions/globalhotkeybinder.cpp" line="+69"/>
        <source>%1 for “%2” works only in the studio: %3</source>
        <translation>%1 für „%2“ funktioniert nur im Studio: %3</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../app/actions/globalhotkeys_other.cpp" line="+11"/>
        <source>This build has global hotkeys on Linux with X11 only: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Dieser Build bietet globale Tastenkürzel nur unter Linux mit X11: Tastenkürzel funktionieren, solange das Studio den Fokus hat; ein Stream Deck oder Companion kann es über die Fernsteuerung bedienen.</translation>
    </message>
    <message>
        <location filename="../app/actions/globalhotkeys_x11.cpp" line="+126"/>
        <source>Wayland does not let applications grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Wayland erlaubt Anwendungen nicht, Tasten für den gesamten Desktop abzufangen: Tastenkürzel funktionieren, solange das Studio den Fokus hat; ein Stream Deck oder Companion kann es über die Fernsteuerung bedienen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session has no X11 display, so the studio cannot grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Diese Sitzung hat keine X11-Anzeige, daher kann das Studio keine Tasten für den gesamten Desktop abfangen: Tastenkürzel funktionieren, solange das Studio den Fokus hat; ein Stream Deck oder Companion kann es über die Fernsteuerung bedienen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is already taken by another application, which uses it for the whole desktop: choose another key, or free it in that application.</source>
        <translation>%1 wird bereits von einer anderen Anwendung für den gesamten Desktop verwendet: Wählen Sie eine andere Taste oder geben Sie sie in dieser Anwendung frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X server refused to grab %1 (X error %2).</source>
        <translation>Der X-Server hat das Abfangen von %1 abgelehnt (X-Fehler %2).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No key was given for %1.</source>
        <translation>Für %1 wurde keine Taste angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.</source>
        <translation>%1: Ein globales Tastenkürzel kann nur Ctrl, Shift, Alt und Meta enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as Home, Print or Pause.</source>
        <translation>%1 kann kein globales Tastenkürzel sein: Verwenden Sie einen Buchstaben, eine Ziffer, F1 bis F35 oder eine benannte Taste wie Home, Print oder Pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 switches the computer to another text console, so it never reaches applications: add Shift, or choose another key.</source>
        <translation>%1 schaltet den Computer auf eine andere Textkonsole um und erreicht daher nie eine Anwendung: Fügen Sie Shift hinzu oder wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alone would stop that key from working in every other application: hold Ctrl, Alt or Meta with it.</source>
        <translation>%1 allein würde diese Taste in allen anderen Anwendungen außer Funktion setzen: Halten Sie dazu Ctrl, Alt oder Meta gedrückt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keyboard layout in use has no such key.</source>
        <translation>%1: Das verwendete Tastaturlayout hat keine solche Taste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already the hotkey of %2.</source>
        <translation>%1 ist bereits das Tastenkürzel von %2.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../app/golive/golivechecklist.cpp" line="+46"/>
        <source>Before you go live</source>
        <translation>Bevor Sie live gehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go live</source>
        <translation>Live gehen</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../app/history/historydock.cpp" line="+36"/>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept sessions</source>
        <translation>Gespeicherte Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every kept session as CSV or JSON lines.</source>
        <translation>Alle gespeicherten Sitzungen als CSV oder JSON Lines speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history…</source>
        <translation>Verlauf löschen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep sessions for</source>
        <translation>Sitzungen aufbewahren für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>Aufbewahren für</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this computer only; nothing is ever sent anywhere.</source>
        <translation>Wird nur auf diesem Computer gespeichert; es wird nie etwas irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session kept yet.</source>
        <translation>Noch keine Sitzung gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames lost: %1 rendering, %2 encoding, %3 network.</source>
        <translation>Verlorene Frames: %1 beim Rendern, %2 bei der Kodierung, %3 im Netzwerk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 kbps on average</source>
        <translation>%1 (%2): durchschnittlich %3 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1</source>
        <translation>Aufnahme: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Export the session history</source>
        <translation>Sitzungsverlauf exportieren</translation>
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
        <translation>Sitzungsverlauf löschen?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every kept session is removed from this computer. Recordings are not touched.</source>
        <translation>Alle gespeicherten Sitzungen werden von diesem Computer entfernt. Aufnahmen bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../app/settings/hotkeyspage.cpp" line="+33"/>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Aktion suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New keys for the selected action</source>
        <translation>Neue Tasten für die ausgewählte Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys work while another application has the focus</source>
        <translation>Tasten funktionieren auch, wenn eine andere Anwendung den Fokus hat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to its default.</source>
        <translation>Auf Standard zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pick an action in the list first.</source>
        <translation>Wählen Sie zuerst eine Aktion in der Liste aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keys now.</source>
        <translation>Keine Tasten mehr zugewiesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 now runs it.</source>
        <translation>%1 führt sie jetzt aus.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../app/scenes/inspectordock.cpp" line="+48"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer properties</source>
        <translation>Ebeneneigenschaften</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n Ebene ausgewählt.</numerusform>
            <numerusform>%n Ebenen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a layer to see its settings.</source>
        <translation>Wählen Sie eine Ebene aus, um ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 layer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2-Ebene</translation>
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
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Höhe</translation>
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
        <translation>Drehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop left</source>
        <translation>Links abschneiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop top</source>
        <translation>Oben abschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop right</source>
        <translation>Rechts abschneiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop bottom</source>
        <translation>Unten abschneiden</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transform %1</source>
        <translation>%1 transformieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>JSON, e.g. {&quot;left&quot;: 0}</source>
        <translation>JSON, z. B. {&quot;left&quot;: 0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/language.cpp" line="+64"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation>Systemsprache verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when you start VIDA³ Studio again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von VIDA³ Studio wirksam.</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <location filename="../studio/scene/document/layercommands.cpp" line="+15"/>
        <source>Add %1 layer “%2”</source>
        <translation>%1-Ebene „%2“ hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove layer “%1”</source>
        <translation>Ebene „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder layers</source>
        <translation>Ebenen neu anordnen</translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message>
        <location filename="../studio/scene/document/layeredits.cpp" line="+37"/>
        <location line="+337"/>
        <source>No such scene.</source>
        <translation>Keine solche Szene.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No layer selected.</source>
        <translation>Keine Ebene ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” named twice.</source>
        <translation>Ebene „%1“ doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer “%1” in this scene.</source>
        <translation>Keine Ebene „%1“ in dieser Szene.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position and size must be within ±%1 px.</source>
        <translation>Position und Größe müssen innerhalb von ±%1 px liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown layer kind “%1”.</source>
        <translation>Unbekannte Ebenenart „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A media layer called “%1” plays another file in the scene “%2”: its name is its mixer channel, so give this one another name.</source>
        <translation>Eine Medienebene namens „%1“ spielt in der Szene „%2“ eine andere Datei ab: Ihr Name ist ihr Mixerkanal, also geben Sie dieser einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A scene holds at most %1 layers.</source>
        <translation>Eine Szene enthält höchstens %1 Ebenen.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>%n Ebene hinzufügen</numerusform>
            <numerusform>%n Ebenen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>%n Ebene entfernen</numerusform>
            <numerusform>%n Ebenen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A layer name has 1 to %1 characters.</source>
        <translation>Ein Ebenenname hat 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a layer called “%1” in this scene.</source>
        <translation>In dieser Szene gibt es bereits eine Ebene namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Ebene „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opacity is between 0 and 1.</source>
        <translation>Die Deckkraft liegt zwischen 0 und 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity of %1</source>
        <translation>Deckkraft von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation is between −360° and 360°.</source>
        <translation>Die Drehung liegt zwischen −360° und 360°.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate %1</source>
        <translation>%1 drehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop %1</source>
        <translation>%1 zuschneiden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A crop is 0 or more pixels a side.</source>
        <translation>Ein Zuschnitt beträgt 0 oder mehr Pixel pro Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That crop leaves nothing of the layer to show.</source>
        <translation>Bei diesem Zuschnitt bleibt von der Ebene nichts mehr sichtbar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A %1 layer has no field “%2”.</source>
        <translation>Eine %1-Ebene hat kein Feld „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One rectangle per layer.</source>
        <translation>Ein Rechteck pro Ebene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That size leaves nothing of the cropped layer to show.</source>
        <translation>Bei dieser Größe bleibt von der zugeschnittenen Ebene nichts mehr sichtbar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new order names every layer of the scene once.</source>
        <translation>Eine neue Reihenfolge nennt jede Ebene der Szene genau einmal.</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../studio/scene/models/layerlistmodel.cpp" line="+165"/>
        <source>%1 layer%2%3</source>
        <translation>%1-Ebene%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, hidden</source>
        <translation>, verborgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, locked</source>
        <translation>, fixiert</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../app/scenes/layersdock.cpp" line="+36"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers, top first</source>
        <translation>Ebenen, oberste zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected layers</source>
        <translation>Ausgewählte Ebenen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected layers</source>
        <translation>Ausgewählte Ebenen duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring forward</source>
        <translation>Nach vorne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock or unlock the selected layers</source>
        <translation>Ausgewählte Ebenen fixieren oder freigeben</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add an image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a media file</source>
        <translation>Mediendatei hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video and audio (*)</source>
        <translation>Video und Audio (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source</source>
        <translation>Browserquelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the page streams under:</source>
        <translation>Name, unter dem die Seite streamt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scene to add to.</source>
        <translation>Keine Szene zum Hinzufügen vorhanden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing copied yet.</source>
        <translation>Noch nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../app/mixer/levelmeterwidget.cpp" line="+26"/>
        <source>Level meter</source>
        <translation>Pegelanzeige</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>silent</source>
        <translation>still</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dB, average %2 dB%3</source>
        <translation>Spitze %1 dB, Durchschnitt %2 dB%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, muted</source>
        <translation>, stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../studio/destination/memorysecretstore.cpp" line="+68"/>
        <source>No keychain available: the key is kept in memory for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../app/mixer/mixerpanel.cpp" line="+50"/>
        <source>Programme (what viewers hear) · limiter −1 dBTP</source>
        <translation>Programm (was die Zuschauer hören) · Limiter −1 dBTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme level</source>
        <translation>Programmpegel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add microphone</source>
        <translation>Mikrofon hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add desktop audio</source>
        <translation>Desktop-Audio hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mute microphones</source>
        <translation>Mikrofone stummschalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No microphone to mute: add one with “Add microphone”.</source>
        <translation>Kein Mikrofon zum Stummschalten: Fügen Sie eines mit „Mikrofon hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected (kept in your setup, tried again next time): %1</source>
        <translation>Nicht verbunden (bleibt in Ihrer Einrichtung, wird nächstes Mal erneut versucht): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP</source>
        <translation>Lautheit %1 LUFS aktuell · %2 über 3 s · %3 gesamt (Ziel %4) · True Peak %5 dBTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default (follows the system)</source>
        <translation>Standard (folgt dem System)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new channel joins when nothing is live or recording.</source>
        <translation>Der neue Kanal kommt hinzu, sobald nichts live ist oder aufgenommen wird.</translation>
    </message>
</context>
<context>
    <name>NewLayer</name>
    <message>
        <location filename="../app/scenes/newlayer.cpp" line="+65"/>
        <source>Your text</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>Bild …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ visual</source>
        <translation>VIDA³-Visual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media file…</source>
        <translation>Mediendatei …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source…</source>
        <translation>Browserquelle …</translation>
    </message>
</context>
<context>
    <name>OutputControls</name>
    <message>
        <location filename="../app/outputcontrols.cpp" line="+41"/>
        <source>Nothing is recorded while paused; the file goes on without a gap when you resume. The stream is not affected.</source>
        <translation>Während der Pause wird nichts aufgenommen; die Datei wird beim Fortsetzen ohne Lücke weitergeführt. Der Stream ist davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No destination is ready to go live.</source>
        <translation>Kein Ziel ist bereit zum Live-Gehen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>Recording to %1</source>
        <translation>Aufnahme in %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is being recorded.</source>
        <translation>Es wird nichts aufgenommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording paused</source>
        <translation>Aufnahme pausiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording saved: %1</source>
        <translation>Aufnahme gespeichert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop streaming</source>
        <translation>Stream beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go Live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Aufnahme fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause recording</source>
        <translation>Aufnahme pausieren</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../app/settings/outputformat.cpp" line="+53"/>
        <source>Give both the width and the height, or neither (the platform&apos;s size).</source>
        <translation>Geben Sie Breite und Höhe an oder keines von beiden (Größe der Plattform).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be from %1×%2 to %3×%4.</source>
        <translation>Die Größe muss zwischen %1×%2 und %3×%4 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width and the height must be even numbers (H.264 halves them for colour).</source>
        <translation>Breite und Höhe müssen gerade Zahlen sein (H.264 halbiert sie für die Farbe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 24, 25, 30, 48, 50 or 60.</source>
        <translation>Die Framerate muss 24, 25, 30, 48, 50 oder 60 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video bitrate must be from %1 to %2 kbps.</source>
        <translation>Die Videobitrate muss zwischen %1 und %2 kbps liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyframe interval must be from 1 to 10 seconds (platforms ask for 2).</source>
        <translation>Das Keyframe-Intervall muss zwischen 1 und 10 Sekunden liegen (Plattformen verlangen 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target must be from -40 to -5 LUFS (most platforms ask for -14).</source>
        <translation>Das Lautheitsziel muss zwischen -40 und -5 LUFS liegen (die meisten Plattformen verlangen -14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings are Matroska (.mkv) or MP4 (.mp4).</source>
        <translation>Aufnahmen sind Matroska (.mkv) oder MP4 (.mp4).</translation>
    </message>
</context>
<context>
    <name>OutputSettingsBox</name>
    <message>
        <location filename="../app/outputsettingsbox.cpp" line="+32"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hardware encoder spares the CPU for the scene. Each is tried with a test encode when the output starts; one that does not work falls back to x264 and says why. Automatic uses the first hardware encoder that works.</source>
        <translation>Ein Hardwarekodierer entlastet die CPU für die Szene. Jeder wird beim Start der Ausgabe mit einer Testkodierung geprüft; einer, der nicht funktioniert, fällt auf x264 zurück und nennt den Grund. „Automatisch“ verwendet den ersten funktionierenden Hardwarekodierer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faster presets use less CPU for a softer picture at the same bitrate. auto picks veryfast, superfast or ultrafast for the output size, frame rate and this computer&apos;s cores. If the stats count frames skipped by the encoder, choose a faster one.</source>
        <translation>Schnellere Voreinstellungen nutzen weniger CPU für ein weicheres Bild bei gleicher Bitrate. „auto“ wählt veryfast, superfast oder ultrafast passend zur Ausgabegröße, zur Framerate und zu den Kernen dieses Computers. Wenn die Statistik vom Kodierer übersprungene Frames zählt, wählen Sie eine schnellere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Adapt the bitrate to the slowest destination</source>
        <translation>Bitrate an das langsamste Ziel &amp;anpassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never reconnect</source>
        <translation>nie neu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply when nothing is live or recording.</source>
        <translation>Änderungen werden wirksam, wenn nichts live ist oder aufgenommen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encoder</source>
        <translation>&amp;Kodierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x264 &amp;speed</source>
        <translation>x264-&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;retry after</source>
        <translation>Erster &amp;Wiederholungsversuch nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>&amp;Längste Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts</source>
        <translation>&amp;Versuche</translation>
    </message>
</context>
<context>
    <name>PlatformPreset</name>
    <message>
        <location filename="../studio/destination/presettexts.cpp" line="+11"/>
        <source>contains only letters and digits</source>
        <translation>enthält nur Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains only letters, digits and hyphens</source>
        <translation>enthält nur Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with live_ followed by letters, digits and underscores</source>
        <translation>beginnt mit live_, gefolgt von Buchstaben, Ziffern und Unterstrichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains letters, digits and the characters - _ . % ? &amp; =</source>
        <translation>enthält Buchstaben, Ziffern und die Zeichen - _ . % ? &amp; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may contain any visible characters</source>
        <translation>darf beliebige sichtbare Zeichen enthalten</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/golive/preflight.cpp" line="+20"/>
        <source>No destination is ticked for Go Live: tick one in Destinations.</source>
        <translation>Kein Ziel ist zum Live-Gehen angehakt: Haken Sie eines unter „Ziele“ an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stream key for %1: edit the destination to add one.</source>
        <translation>Kein Streamschlüssel für %1: Bearbeiten Sie das Ziel, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stream key and will not start.</source>
        <translation>%1 hat keinen Streamschlüssel und startet nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may refuse: %1</source>
        <translation>Die Plattform lehnt möglicherweise ab: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n Ziel bereit, mit Streamschlüssel.</numerusform>
            <numerusform>%n Ziele bereit, jedes mit seinem Streamschlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone in the mixer: viewers will not hear your voice.</source>
        <translation>Kein Mikrofon im Mixer: Die Zuschauer hören Ihre Stimme nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone is muted (Ctrl+Shift+M unmutes every microphone).</source>
        <translation>Ihr Mikrofon ist stummgeschaltet (Ctrl+Shift+M hebt die Stummschaltung aller Mikrofone auf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone on.</source>
        <translation>Mikrofon an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording disk cannot be read (%1).</source>
        <translation>Der Aufnahmedatenträger kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 free where recordings go: a recording would stop when it is full.</source>
        <translation>Nur %1 frei am Speicherort der Aufnahmen: Eine Aufnahme würde stoppen, sobald er voll ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>%1 frei am Speicherort der Aufnahmen (etwa %n Stunde Aufnahme).</numerusform>
            <numerusform>%1 frei am Speicherort der Aufnahmen (etwa %n Stunden Aufnahme).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoder could not be tried: %1</source>
        <translation>Der Kodierer konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×%2 at %3 fps with x264 %4</source>
        <translation>%1×%2 mit %3 fps, x264 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine encodes %1 %2 times as fast as needed.</source>
        <translation>Dieser Computer kodiert %1 %2-mal so schnell wie nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. Choose a faster x264 speed or a smaller size in Settings → Output.</source>
        <translation>Dieser Computer kodiert %1 nur %2-mal so schnell wie nötig: Während ein Spiel läuft, können Frames verloren gehen. Wählen Sie unter Einstellungen → Ausgabe eine schnellere x264-Geschwindigkeit oder eine kleinere Größe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 encodes on the graphics chip: the CPU stays free.</source>
        <translation>%1 kodiert auf dem Grafikchip: Die CPU bleibt frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the encoder on this machine…</source>
        <translation>Kodierer wird auf diesem Computer getestet …</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../app/previewwidget.cpp" line="+17"/>
        <source>Live preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting the preview…</source>
        <translation>Vorschau wird gestartet …</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../app/canvas/canvasaccessible.cpp" line="+41"/>
        <source>%1 layer at %2, %3, %4 × %5 pixels%6</source>
        <translation>%1-Ebene bei %2, %3, %4 × %5 Pixel%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, locked</source>
        <translation>, fixiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, hidden</source>
        <translation>, verborgen</translation>
    </message>
</context>
<context>
    <name>RemoteControlPanel</name>
    <message>
        <location filename="../app/remote/remotecontrolpanel.cpp" line="+31"/>
        <source>Remote control</source>
        <translation>Fernsteuerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let controllers drive the studio</source>
        <translation>Steuerung durch Controller erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5).</source>
        <translation>Companion, Stream Deck, Streamer.bot und obs-cmd verbinden sich wie mit OBS (obs-websocket 5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control port</source>
        <translation>Port der Fernsteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also from other computers on the network</source>
        <translation>Auch von anderen Computern im Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on your network who has the password can then start and stop your stream.</source>
        <translation>Jeder in Ihrem Netzwerk, der das Passwort kennt, kann dann Ihren Stream starten und beenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control password</source>
        <translation>Passwort der Fernsteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No keychain: this password lasts until the studio quits.</source>
        <translation>Kein Schlüsselbund: Dieses Passwort gilt, bis das Studio beendet wird.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remote control is off: %1</source>
        <translation>Fernsteuerung ist aus: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Off. Nothing listens.</source>
        <translation>Aus. Es wird auf keine Verbindungen gewartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every network interface</source>
        <translation>allen Netzwerkschnittstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>Lauscht auf %1, Port %2 · %n Controller verbunden</numerusform>
            <numerusform>Lauscht auf %1, Port %2 · %n Controller verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/scene/document/scenecommands.cpp" line="+30"/>
        <source>Remove scene “%1”</source>
        <translation>Szene „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move scene “%1”</source>
        <translation>Szene „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Szene „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default transition: %1</source>
        <translation>Standardübergang: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition to “%1”: %2</source>
        <translation>Übergang zu „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>SceneEdits</name>
    <message>
        <location filename="../studio/scene/document/sceneedits.cpp" line="+39"/>
        <source>A scene needs a name.</source>
        <translation>Eine Szene braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scene name has at most %1 characters.</source>
        <translation>Ein Szenenname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scene called “%1”.</source>
        <translation>Es gibt bereits eine Szene namens „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>A collection holds at most %1 scenes.</source>
        <translation>Eine Sammlung enthält höchstens %1 Szenen.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add scene “%1”</source>
        <translation>Szene „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>No such scene.</source>
        <translation>Keine solche Szene.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last scene cannot be removed: a collection always has one.</source>
        <translation>Die letzte Szene kann nicht entfernt werden: Eine Sammlung hat immer eine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such position.</source>
        <translation>Keine solche Position.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to “%1”</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default transition cannot be empty.</source>
        <translation>Der Standardübergang darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transition lasts 0 to %1 ms.</source>
        <translation>Ein Übergang dauert 0 bis %1 ms.</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../studio/scene/models/scenelistmodel.cpp" line="+76"/>
        <source>On air</source>
        <translation>Auf Sendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In preview</source>
        <translation>In der Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switched to with %1</source>
        <translation>Wechsel mit %1</translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message>
        <location filename="../app/scenes/sceneworkspace.cpp" line="+33"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenes with their files…</source>
        <translation>Szenen mit ihren Dateien &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export scenes</source>
        <translation>Szenen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes)</source>
        <translation>VIDA³-Szenenpakete (*.vida3scenes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import scenes…</source>
        <translation>Szenen &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import scenes</source>
        <translation>Szenen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes);;All files (*)</source>
        <translation>VIDA³-Szenenpakete (*.vida3scenes);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Studio mode</source>
        <translation>&amp;Studio-Modus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenes exported to %1</source>
        <translation>Szenen exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>%n Szene importieren</numerusform>
            <numerusform>%n Szenen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>%n Szene aus %1 importiert</numerusform>
            <numerusform>%n Szenen aus %1 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <location filename="../app/scenes/scenesdock.cpp" line="+34"/>
        <location line="+6"/>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a scene</source>
        <translation>Szene hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty scene</source>
        <translation>Leere Szene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Duplicate the scene</source>
        <translation>Szene duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scene</source>
        <translation>Szene entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene up</source>
        <translation>Szene hochbewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down</source>
        <translation>Szene runterbewegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>Überblende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition duration</source>
        <translation>Übergangsdauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transition to this scene</source>
        <translation>Übergang zu dieser Szene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../app/remote/schedulepanel.cpp" line="+25"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled starts</source>
        <translation>Geplante Starts</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Go live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Go live and record</source>
        <translation>Live gehen und aufnehmen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Stop at</source>
        <translation>Stoppen um</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop time</source>
        <translation>Stoppzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to schedule</source>
        <translation>Zum Zeitplan hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was started late.</source>
        <translation>Geplanter Start verpasst (%1, fällig am %2): VIDA³ Studio lief nicht, daher wurde nichts verspätet gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule could not be saved: %1</source>
        <translation>Der Zeitplan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the scene on air</source>
        <translation>Szene auf Sendung lassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved schedule could not be read: %1</source>
        <translation>Der gespeicherte Zeitplan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every week</source>
        <translation>, jede Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, scene &quot;%1&quot;</source>
        <translation>, Szene „%1“</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing scheduled.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next start in %1</source>
        <translation>Nächster Start in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled stop in %1</source>
        <translation>Geplanter Stopp in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled switch</source>
        <translation>Geplanter Wechsel</translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message>
        <location filename="../app/history/sessiongraph.cpp" line="+14"/>
        <source>Bitrate and lost frames of the chosen session</source>
        <translation>Bitrate und verlorene Frames der gewählten Sitzung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No graph for this session</source>
        <translation>Kein Diagramm für diese Sitzung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>peak %1 kbps</source>
        <translation>Spitze %1 kbps</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings/settingsdialog.cpp" line="+35"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (from the next start):</source>
        <translation>Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, session history and stream keys stay on this computer.</source>
        <translation>VIDA³ Studio sendet nichts irgendwohin: keine Telemetrie. Ihre Einstellungen, Szenen, Ihr Sitzungsverlauf und Ihre Streamschlüssel bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>The platform&apos;s</source>
        <translation>Plattformvorgabe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Framerate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video bitrate:</source>
        <translation>Videobitrate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframe every:</source>
        <translation>Keyframe alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every destination shares one encode: a value a platform does not accept is lowered for all, and the window says so.</source>
        <translation>Alle Ziele teilen sich eine Kodierung: Ein Wert, den eine Plattform nicht akzeptiert, wird für alle gesenkt, und das Fenster weist darauf hin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the programme&apos;s peaks to −1 dBTP</source>
        <translation>Spitzen des Programms auf −1 dBTP begrenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target is what the programme meter aims at: −14 LUFS for YouTube, Twitch and X. The limiter keeps sudden peaks from distorting on the platforms&apos; encoders.</source>
        <translation>Das Lautheitsziel ist der Wert, den die Programmanzeige anstrebt: −14 LUFS für YouTube, Twitch und X. Der Limiter verhindert, dass plötzliche Spitzen in den Encodern der Plattformen verzerren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loudness target:</source>
        <translation>Lautheitsziel:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your Videos folder</source>
        <translation>Ihr Videos-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings folder</source>
        <translation>Aufnahmeordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matroska (.mkv): plays even after a crash</source>
        <translation>Matroska (.mkv): auch nach einem Absturz abspielbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (.mp4), fragmented: plays even after a crash</source>
        <translation>MP4 (.mp4), fragmentiert: auch nach einem Absturz abspielbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write the size as width x height, for example 1920x1080.</source>
        <translation>Geben Sie die Größe als Breite x Höhe an, zum Beispiel 1920x1080.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recordings folder must be a full path, such as %1.</source>
        <translation>Der Aufnahmeordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings cannot be written to %1.</source>
        <translation>In %1 können keine Aufnahmen geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The stream and the recording keep their format until every output has stopped; the new one applies from the next start.</source>
        <translation>Gespeichert. Stream und Aufnahme behalten ihr Format, bis alle Ausgaben gestoppt sind; das neue gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../app/sources/sourcerow.cpp" line="+19"/>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take it off the scene</source>
        <translation>Aus der Szene nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/sources/sourcespanel.cpp" line="+34"/>
        <location line="+117"/>
        <source>Camera “%1”</source>
        <translation>Kamera „%1“</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Screen %1</source>
        <translation>Bildschirm %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera, screen and media</source>
        <translation>Kamera, Bildschirm und Medien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add camera</source>
        <translation>Kamera hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add screen</source>
        <translation>Bildschirm hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole display this window is on (X11).</source>
        <translation>Der gesamte Bildschirm, auf dem sich dieses Fenster befindet (X11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add media file…</source>
        <translation>Mediendatei hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera connected</source>
        <translation>Keine Kamera angeschlossen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is added to the scene after everything has stopped.</source>
        <translation>%1 wird der Szene hinzugefügt, sobald alles gestoppt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on top of the scene.</source>
        <translation>%1 liegt jetzt oben in der Szene.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screen</source>
        <translation>Der Bildschirm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not found any more, taken off the scene: %1</source>
        <translation>Nicht mehr gefunden, aus der Szene genommen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” goes off the scene after everything has stopped.</source>
        <translation>„%1“ wird aus der Szene genommen, sobald alles gestoppt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is off the scene.</source>
        <translation>„%1“ ist nicht mehr in der Szene.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a media file</source>
        <translation>Mediendatei hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)</source>
        <translation>Video und Audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <location filename="../app/stats/statsdock.cpp" line="+37"/>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitrate per destination</source>
        <translation>Bitrate pro Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost per second</source>
        <translation>Verlorene Frames pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion per destination</source>
        <translation>Überlastung pro Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Framerate</translation>
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
        <translation>Render- und Kodierzeit pro Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (100 % is one core)</source>
        <translation>CPU (100 % = ein Kern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
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
        <translation>Keine Aufnahme.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Stats graphs</source>
        <translation>Statistik-Diagramme</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rendering</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendered</source>
        <translation>gerendert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encode</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free on the recording disk: %1</source>
        <translation>Frei auf dem Aufnahmedatenträger: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Frei auf dem Aufnahmedatenträger: %1 — die Aufnahme füllt ihn in etwa %n Minute.</numerusform>
            <numerusform>Frei auf dem Aufnahmedatenträger: %1 — die Aufnahme füllt ihn in etwa %n Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../app/statusline.cpp" line="+41"/>
        <source>● Recording</source>
        <translation>● Aufnahme</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Bitrate: —</source>
        <translation>Bitrate: —</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Rendering: — fps</source>
        <translation>Rendern: — fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0</source>
        <translation>Verlorene Frames: verpasst (Rendern) 0 · übersprungen (Kodierung) 0 · ausgelassen (Netzwerk) 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Verbindet erneut …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitrate: %1 kbps</source>
        <translation>Bitrate: %1 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1 kbps</source>
        <translation>Aufnahme: %1 kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering: %1 fps</source>
        <translation>Rendern: %1 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3</source>
        <translation>Verlorene Frames: verpasst (Rendern) %1 · übersprungen (Kodierung) %2 · ausgelassen (Netzwerk) %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames encoded %1 · %2</source>
        <translation>Kodierte Frames %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames written by each output. After a stop, the recording&apos;s count is the number of frames in the file.</source>
        <translation>Von jeder Ausgabe geschriebene Frames. Nach einem Stopp entspricht die Zahl der Aufnahme der Anzahl der Frames in der Datei.</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../app/actions/studioactions.cpp" line="+26"/>
        <source>&amp;Controls</source>
        <translation>&amp;Steuerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Go live or stop streaming</source>
        <translation>Live gehen oder Stream beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start or stop recording</source>
        <translation>Aufnahme starten oder beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the recording</source>
        <translation>Aufnahme pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio mode</source>
        <translation>Studio-Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take: put the preview on air</source>
        <translation>Übernehmen: Vorschau auf Sendung schalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute or unmute every microphone</source>
        <translation>Stummschaltung aller Mikrofone ein/aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Switch &amp;scene</source>
        <translation>Szene &amp;wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a layer</source>
        <translation>&amp;Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer: %1</source>
        <translation>Ebene hinzufügen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show or hide: %1</source>
        <translation>Ein-/Ausblenden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to scene “%1”</source>
        <translation>Zur Szene „%1“ wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mute or unmute “%1”</source>
        <translation>Stummschaltung von „%1“ ein/aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop streaming</source>
        <translation>Stream beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording</source>
        <translation>Aufnahme starten</translation>
    </message>
</context>
<context>
    <name>StudioModePanel</name>
    <message>
        <location filename="../app/scenes/studiomode.cpp" line="+28"/>
        <source>Preview: the next scene</source>
        <translation>Vorschau: die nächste Szene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take →</source>
        <translation>Übernehmen →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the preview on air with its transition (Ctrl+Enter)</source>
        <translation>Die Vorschau mit ihrem Übergang auf Sendung schalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take “%1”</source>
        <translation>„%1“ übernehmen</translation>
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
        <translation>Szenen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Render, encode and stream a live canvas.</source>
        <translation>Eine Live-Leinwand rendern, kodieren und streamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available: your stream keys are kept in memory for this session only and never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar: Ihre Streamschlüssel werden nur für diese Sitzung im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio mixer</source>
        <translation>Audiomixer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studio controls</source>
        <translation>Studio-Steuerung</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adjusted so every platform accepts it: %1</source>
        <translation>Angepasst, damit jede Plattform es akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/studiowindowentry.cpp" line="-39"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, schedule and session history, and the stream keys, relay secret and remote-control password in the keychain. Your recordings stay.

The studio stops what is live and closes first.</source>
        <translation>Dies entfernt alles, was VIDA³ Studio auf diesem Computer speichert: Ihre Einstellungen, Szenen, Ihren Zeitplan und Sitzungsverlauf sowie die Streamschlüssel, das Relay-Geheimnis und das Passwort der Fernsteuerung im Schlüsselbund. Ihre Aufnahmen bleiben erhalten.

Das Studio beendet zuerst alles, was live ist, und wird dann geschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../app/studiowindowentry.cpp" line="+3"/>
        <source>Everything VIDA³ Studio kept on this computer is removed. Your recordings stay where they are.</source>
        <translation>Alles, was VIDA³ Studio auf diesem Computer gespeichert hatte, wurde entfernt. Ihre Aufnahmen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of it could not be removed:
%1</source>
        <translation>Einiges konnte nicht entfernt werden:
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your scenes could not be opened:
%1

They are kept in %2; open that file with vida3-studio FILE once it is fixed.</source>
        <translation>Ihre Szenen konnten nicht geöffnet werden:
%1

Sie bleiben in %2 erhalten; öffnen Sie diese Datei mit vida3-studio DATEI, sobald sie repariert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No scene “%1” in %2.</source>
        <translation>Keine Szene „%1“ in %2.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/windowlayout.cpp" line="+19"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../app/windowtools.cpp" line="+78"/>
        <source>Command palette…</source>
        <translation>Befehlspalette …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys…</source>
        <translation>Tastenkürzel …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a destination…</source>
        <translation>Ziel hinzufügen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up with the wizard…</source>
        <translation>Mit dem Assistenten einrichten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen …</translation>
    </message>
</context>
</TS>
