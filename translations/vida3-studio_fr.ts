<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../app/actions/actionregistry.cpp" line="+146"/>
        <source>There is no action “%1”.</source>
        <translation>Il n&apos;existe aucune action «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already the key of “%2”. Clear it there first.</source>
        <translation>%1 est déjà attribué à «&#xa0;%2&#xa0;». Retirez-le d&apos;abord de cette action.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 moves the focus or presses the focused control: choose a key with Ctrl, Alt or a function key.</source>
        <translation>%1 déplace le focus ou active le contrôle qui a le focus&#xa0;: choisissez une touche avec Ctrl, Alt ou une touche de fonction.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moves or removes layers in the canvas and the Layers list.</source>
        <translation>%1 déplace ou supprime des calques dans le canevas et la liste Calques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copies, pastes or duplicates layers and text.</source>
        <translation>%1 copie, colle ou duplique des calques et du texte.</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../app/alerts/alertcenter.cpp" line="+66"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A destination fails</source>
        <translation>Une destination échoue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination starts reconnecting</source>
        <translation>Une destination commence à se reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A destination is live again</source>
        <translation>Une destination est de nouveau en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording stops on its own</source>
        <translation>L&apos;enregistrement s&apos;arrête de lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>The disk is nearly full</source>
        <translation>Le disque est presque plein</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>“%1” failed</source>
        <translation>«&#xa0;%1&#xa0;» a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is reconnecting</source>
        <translation>«&#xa0;%1&#xa0;» se reconnecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection dropped.</source>
        <translation>La connexion a été coupée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is live again</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau en direct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stream reached the server again.</source>
        <translation>Le stream parvient de nouveau au serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording stopped</source>
        <translation>L&apos;enregistrement s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 left for the recording.</source>
        <translation>Il reste %1 pour l&apos;enregistrement.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Il reste %1&#xa0;: l&apos;enregistrement remplira le disque dans environ %n minute.</numerusform>
            <numerusform>Il reste %1&#xa0;: l&apos;enregistrement remplira le disque dans environ %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSourcePanel</name>
    <message>
        <location filename="../app/browsersourcepanel.cpp" line="+32"/>
        <source>Browser sources</source>
        <translation>Sources navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the relay…</source>
        <translation>Démarrage du relais…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add browser source…</source>
        <translation>Ajouter une source navigateur…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet</source>
        <translation>Extrait de code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected sources</source>
        <translation>Sources connectées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The relay listens on %1.</source>
        <translation>Le relais écoute sur %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver son secret&#xa0;: les jetons restent valides jusqu&apos;à la fermeture de VIDA³ Studio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser sources are unavailable: %1</source>
        <translation>Les sources navigateur sont indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add browser source</source>
        <translation>Ajouter une source navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the browser source (the page streams under this name):</source>
        <translation>Nom de la source navigateur (la page diffuse sous ce nom)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A browser source needs a name.</source>
        <translation>Une source navigateur doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a browser source called “%1”.</source>
        <translation>Il existe déjà une source navigateur nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is on top of the scene.</source>
        <translation>La source «&#xa0;%1&#xa0;» est au premier plan de la scène.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is added to the scene after everything has stopped.</source>
        <translation>La source «&#xa0;%1&#xa0;» sera ajoutée à la scène une fois tout arrêté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate the relay secret?</source>
        <translation>Renouveler le secret du relais&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every browser-source token given out so far stops working at once and connected pages are disconnected. Pages need the new token shown here to stream again.</source>
        <translation>Tous les jetons de source navigateur distribués jusqu&apos;ici cessent immédiatement de fonctionner et les pages connectées sont déconnectées. Les pages auront besoin du nouveau jeton affiché ici pour diffuser à nouveau.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The secret was not rotated: %1</source>
        <translation>Le secret n&apos;a pas été renouvelé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New secret: every earlier token stopped working.</source>
        <translation>Nouveau secret&#xa0;: tous les jetons précédents ont cessé de fonctionner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a browser source first</source>
        <translation>Ajoutez d&apos;abord une source navigateur</translation>
    </message>
</context>
<context>
    <name>BrowserSourceRow</name>
    <message>
        <location filename="../app/browsersourcerow.cpp" line="+10"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
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
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>Images perdues</translation>
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
        <translation>déconnectée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+28"/>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scene being edited. Page Up and Page Down select a layer, arrows move it, Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it.</source>
        <translation>La scène en cours d&apos;édition. Page précédente et Page suivante sélectionnent un calque, les flèches le déplacent, Alt avec les flèches le redimensionne, Maj fait des pas de 10 pixels, la touche Menu ouvre ses options de disposition.</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+36"/>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge %1</source>
        <translation>Décaler %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Arrange %1</source>
        <translation>Disposer %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to canvas</source>
        <translation>Ajuster au canevas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the canvas</source>
        <translation>Remplir le canevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset transform</source>
        <translation>Réinitialiser la transformation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring forward</source>
        <translation>Monter d&apos;un cran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Descendre d&apos;un cran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping</source>
        <translation>Magnétisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe areas</source>
        <translation>Zones de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9:16 guide</source>
        <translation>Repère 9:16</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsMenu</name>
    <message>
        <location filename="../app/mixer/channelsettingsmenu.cpp" line="+26"/>
        <source>Noise suppression</source>
        <translation>Suppression du bruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise gate</source>
        <translation>Noise gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressor</source>
        <translation>Compresseur</translation>
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
        <translation>Gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gain: %1 dB…</source>
        <translation>Gain&#xa0;: %1 dB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync offset: %1 ms…</source>
        <translation>Décalage de synchronisation&#xa0;: %1 ms…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain before the compressor (dB):</source>
        <translation>Gain avant le compresseur (dB)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync offset</source>
        <translation>Décalage de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this channel by (ms; negative: earlier):</source>
        <translation>Retarder ce canal de (ms&#xa0;; négatif&#xa0;: plus tôt)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChannelStrip</name>
    <message>
        <location filename="../app/mixer/channelstrip.cpp" line="+25"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop audio</source>
        <translation>Audio du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser sources</source>
        <translation>Sources navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ tone</source>
        <translation>Tonalité VIDA³</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 volume</source>
        <translation>Volume de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute %1</source>
        <translation>Couper le son de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters, balance, sync offset</source>
        <translation>Filtres, balance, décalage de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 level</source>
        <translation>Niveau de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove this channel</source>
        <translation>Supprimer ce canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
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
        <translation> — déconnecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — connecting</source>
        <translation> — connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — you are muted</source>
        <translation> — son coupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no signal</source>
        <translation> — aucun signal</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../app/actions/commandpalette.cpp" line="+27"/>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an action: go live, record, a scene, mute…</source>
        <translation>Tapez une action&#xa0;: passer en direct, enregistrement, une scène, couper le son…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Rechercher une action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions found</source>
        <translation>Actions trouvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action matches.</source>
        <translation>Aucune action ne correspond.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (on)</source>
        <translation>  (activé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (désactivé)</translation>
    </message>
</context>
<context>
    <name>CongestionIndicator</name>
    <message>
        <location filename="../app/congestionindicator.cpp" line="+18"/>
        <location line="+13"/>
        <source>Congestion: not sending</source>
        <translation>Congestion&#xa0;: aucun envoi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Congestion %1 (0: clear, 1: dropping frames)</source>
        <translation>Congestion %1 (0&#xa0;: fluide, 1&#xa0;: perte d&apos;images)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/alerts/desktopnotifier.cpp" line="+54"/>
        <source>This desktop shows no notifications.</source>
        <translation>Ce bureau n&apos;affiche aucune notification.</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <location filename="../app/destinationeditor.cpp" line="+43"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add destination</source>
        <translation>Ajouter une destination</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit destination</source>
        <translation>Modifier la destination</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the destination a name.</source>
        <translation>Donnez un nom à la destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another destination has this name.</source>
        <translation>Une autre destination porte déjà ce nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is reserved; choose another.</source>
        <translation>Ce nom est réservé&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>Le nom contient un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <location filename="../app/destinationform.cpp" line="+59"/>
        <location line="+102"/>
        <source>Optional: used when the server URL keeps failing</source>
        <translation>Facultatif&#xa0;: utilisée quand l&apos;URL du serveur échoue à répétition</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Paste the key from the platform</source>
        <translation>Collez la clé fournie par la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Show or hide the stream key</source>
        <translation>Afficher ou masquer la clé de stream</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server URL</source>
        <translation>URL du &amp;serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup URL</source>
        <translation>URL de s&amp;ecours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream &amp;key</source>
        <translation>&amp;Clé de stream</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The %1 key %2.</source>
        <translation>La clé %1 %2.</translation>
    </message>
</context>
<context>
    <name>DestinationList</name>
    <message>
        <location filename="../app/destinationlist.cpp" line="+34"/>
        <source>No destination yet: add X, YouTube, Twitch, Facebook or your own server.</source>
        <translation>Aucune destination pour l&apos;instant&#xa0;: ajoutez X, YouTube, Twitch, Facebook ou votre propre serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add destination…</source>
        <translation>Ajouter une destination…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <location filename="../app/destinationrow.cpp" line="+50"/>
        <source>Include in Go Live</source>
        <translation>Inclure lors du passage en direct</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect now</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+73"/>
        <source>Primary: %1</source>
        <translation>Principale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Primary: %1
Backup: %2</source>
        <translation>Principale&#xa0;: %1
Secours&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending</source>
        <translation>Aucun envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stream key: edit to add one</source>
        <translation>Aucune clé de stream&#xa0;: modifiez pour en ajouter une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: %1</source>
        <translation>Secours&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message>
        <location filename="../app/destinationstatus.cpp" line="+17"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconnexion (tentative %1)…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Reconnexion dans %n s (tentative %1)</numerusform>
            <numerusform>Reconnexion dans %n s (tentative %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary URL</source>
        <translation>URL principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kbps · dropped (network) %2 · reconnects %3 · %4</source>
        <translation>%1 kbps · perdues (réseau) %2 · reconnexions %3 · %4</translation>
    </message>
</context>
<context>
    <name>DestinationValidator</name>
    <message>
        <location filename="../studio/destination/destinationvalidator.cpp" line="+89"/>
        <source>Enter the server URL.</source>
        <translation>Saisissez l&apos;URL du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL contains spaces or line breaks.</source>
        <translation>L&apos;URL du serveur contient des espaces ou des sauts de ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL contains invisible control characters.</source>
        <translation>L&apos;URL du serveur contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>Le port de l&apos;URL du serveur doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL is not a valid URL (expected rtmps://host/app).</source>
        <translation>L&apos;URL du serveur n&apos;est pas une URL valide (format attendu&#xa0;: rtmps://hôte/app).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>L&apos;URL du serveur doit commencer par rtmp://, rtmps:// ou srt://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires a secure server URL starting with rtmps://.</source>
        <translation>%1 exige une URL de serveur sécurisée commençant par rtmps://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not accept this kind of server URL.</source>
        <translation>%1 n&apos;accepte pas ce type d&apos;URL de serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>L&apos;URL du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no host name.</source>
        <translation>L&apos;URL du serveur ne contient aucun nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL&apos;s host name is not valid.</source>
        <translation>Le nom d&apos;hôte de l&apos;URL du serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SRT URL needs a port (srt://host:port).</source>
        <translation>Une URL SRT doit comporter un port (srt://hôte:port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SRT URL has no path: give a stream id as ?streamid=…</source>
        <translation>Une URL SRT n&apos;a pas de chemin&#xa0;: indiquez un identifiant de flux sous la forme&#xa0;?streamid=…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT latency must be a number of milliseconds from %1 to %2.</source>
        <translation>La latence SRT doit être un nombre de millisecondes compris entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL has no application path (for example /live2).</source>
        <translation>L&apos;URL du serveur ne contient pas de chemin d&apos;application (par exemple /live2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must not contain a # fragment.</source>
        <translation>L&apos;URL du serveur ne doit pas contenir de fragment #.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the stream key.</source>
        <translation>Saisissez la clé de stream.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key is too long (more than %1 characters).</source>
        <translation>La clé de stream est trop longue (plus de %1 caractères).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream key contains spaces or line breaks.</source>
        <translation>La clé de stream contient des espaces ou des sauts de ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream key contains invisible control characters.</source>
        <translation>La clé de stream contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like a %1 stream key: a %1 key %2.</source>
        <translation>Cela ne ressemble pas à une clé de stream %1&#xa0;: une clé %1 %2.</translation>
    </message>
</context>
<context>
    <name>EncodePlan</name>
    <message>
        <location filename="../app/encodeplan.cpp" line="+35"/>
        <source>%1 cannot share one encode: %2. Untick one of them to go live.</source>
        <translation>%1 ne peuvent pas partager un même encodage&#xa0;: %2. Décochez-en une pour passer en direct.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x264 %1, chosen for this machine</source>
        <translation>x264 %1, choisi pour cette machine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, audio %7 kbps</source>
        <translation>Un seul encodage pour %1&#xa0;: %2×%3 à %4 fps, vidéo %5 kbps (%8), image clé toutes les %6 s, audio %7 kbps</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../app/errortext.cpp" line="+12"/>
        <source>The studio could not start this output. Check the destination settings and try again.</source>
        <translation>Le studio n&apos;a pas pu démarrer cette sortie. Vérifiez les paramètres de la destination et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scene could not be loaded. Check the scene file, or start without one.</source>
        <translation>La scène n&apos;a pas pu être chargée. Vérifiez le fichier de scène ou démarrez sans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination is not valid. Check the server URL and the stream key.</source>
        <translation>La destination n&apos;est pas valide. Vérifiez l&apos;URL du serveur et la clé de stream.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written. Check the folder&apos;s permissions and free space.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit. Vérifiez les permissions du dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This build cannot do that. Choose another format or setting.</source>
        <translation>Cette version ne sait pas faire cela. Choisissez un autre format ou paramètre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video encoder stopped working. Try again; if it keeps failing, restart the studio.</source>
        <translation>L&apos;encodeur vidéo a cessé de fonctionner. Réessayez&#xa0;; si le problème persiste, redémarrez le studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found. Check the server URL and your internet connection.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez l&apos;URL du serveur et votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answered at the server address. Check the server URL and its port.</source>
        <translation>Aucune réponse à l&apos;adresse du serveur. Vérifiez l&apos;URL du serveur et son port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check your internet connection, then go live again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez votre connexion Internet, puis repassez en direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted. Check the server URL and your computer&apos;s date and time.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: le certificat du serveur n&apos;a pas été accepté. Vérifiez l&apos;URL du serveur ainsi que la date et l&apos;heure de votre ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the stream key. Check the key in the destination form.</source>
        <translation>Le serveur a refusé la clé de stream. Vérifiez la clé dans le formulaire de la destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Check your internet connection, then go live again.</source>
        <translation>La connexion au serveur a été perdue. Vérifiez votre connexion Internet, puis repassez en direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be written. Check that the disk has free space and the folder is writable.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être écrit. Vérifiez que le disque dispose d&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached from this network. Check your internet connection and firewall.</source>
        <translation>Le serveur est injoignable depuis ce réseau. Vérifiez votre connexion Internet et votre pare-feu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: your stream key is kept in memory for this session only and never written to disk.</source>
        <translation>Aucun trousseau disponible&#xa0;: votre clé de stream est conservée en mémoire pour cette session uniquement et n&apos;est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved stream key was found. Enter the key in the destination form.</source>
        <translation>Aucune clé de stream enregistrée n&apos;a été trouvée. Saisissez la clé dans le formulaire de la destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That device was not found. Check that it is plugged in, then pick it again.</source>
        <translation>Ce périphérique est introuvable. Vérifiez qu&apos;il est branché, puis sélectionnez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device stopped working. It comes back by itself when it is available again.</source>
        <translation>Le périphérique a cessé de fonctionner. Il reviendra de lui-même dès qu&apos;il sera de nouveau disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Try again; if it keeps failing, restart the studio.</source>
        <translation>Une erreur s&apos;est produite. Réessayez&#xa0;; si le problème persiste, redémarrez le studio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name not found</source>
        <translation>nom du serveur introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answered at the server address</source>
        <translation>aucune réponse à l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the stream key</source>
        <translation>le serveur a refusé la clé de stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recording could not be written</source>
        <translation>l&apos;enregistrement n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server unreachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder stopped</source>
        <translation>l&apos;encodeur s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination</source>
        <translation>destination non valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see the message beside the buttons</source>
        <translation>voir le message à côté des boutons</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/setup/firstrunwizard.cpp" line="+30"/>
        <source>Welcome to VIDA³ Studio</source>
        <translation>Bienvenue dans VIDA³ Studio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where do you stream?</source>
        <translation>Où diffusez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the platform and paste the server and stream key it gives you. The key goes to your system&apos;s keychain, never to a file.</source>
        <translation>Choisissez la plateforme et collez le serveur et la clé de stream qu&apos;elle vous fournit. La clé va dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip: I only record for now</source>
        <translation>Passer&#xa0;: pour l&apos;instant, j&apos;enregistre seulement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What can this computer stream?</source>
        <translation>Que peut diffuser cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each format is encoded for a few seconds, as the stream would be. A format keeps up when this machine encodes it at least twice as fast as needed: the rest is for your game and your desktop.</source>
        <translation>Chaque format est encodé pendant quelques secondes, comme pendant un stream. Un format suit le rythme quand cette machine l&apos;encode au moins deux fois plus vite que nécessaire&#xa0;: le reste est pour votre jeu et votre bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring</source>
        <translation>Mesure en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the recommended format</source>
        <translation>Utiliser le format recommandé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Measuring %1…</source>
        <translation>Mesure de %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1× real time</source>
        <translation>%1× le temps réel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1.</source>
        <translation>Recommandé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even 1280×720 at 30 fps does not keep up with x264 here: choose a hardware encoder in Settings → Output, or close other programs while you stream.</source>
        <translation>Même 1280×720 à 30 fps ne suit pas le rythme avec x264 ici&#xa0;: choisissez un encodeur matériel dans Paramètres → Sortie, ou fermez les autres programmes pendant le stream.</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBinder</name>
    <message>
        <location filename="../app/actions/globalhotkeybinder.cpp" line="+69"/>
        <source>%1 for “%2” works only in the studio: %3</source>
        <translation>%1 pour «&#xa0;%2&#xa0;» ne fonctionne que dans le studio&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../app/actions/globalhotkeys_other.cpp" line="+11"/>
        <source>This build has global hotkeys on Linux with X11 only: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Cette version ne propose les raccourcis globaux que sous Linux avec X11&#xa0;: les raccourcis fonctionnent quand le studio a le focus&#xa0;; un Stream Deck ou Companion peut le piloter via le contrôle à distance.</translation>
    </message>
    <message>
        <location filename="../app/actions/globalhotkeys_x11.cpp" line="+126"/>
        <source>Wayland does not let applications grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Wayland ne permet pas aux applications de capturer des touches pour tout le bureau&#xa0;: les raccourcis fonctionnent quand le studio a le focus&#xa0;; un Stream Deck ou Companion peut le piloter via le contrôle à distance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session has no X11 display, so the studio cannot grab keys for the whole desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can drive it through remote control.</source>
        <translation>Cette session n&apos;a pas d&apos;affichage X11, le studio ne peut donc pas capturer de touches pour tout le bureau&#xa0;: les raccourcis fonctionnent quand le studio a le focus&#xa0;; un Stream Deck ou Companion peut le piloter via le contrôle à distance.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is already taken by another application, which uses it for the whole desktop: choose another key, or free it in that application.</source>
        <translation>%1 est déjà pris par une autre application, qui l&apos;utilise pour tout le bureau&#xa0;: choisissez une autre touche ou libérez ce raccourci dans cette application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X server refused to grab %1 (X error %2).</source>
        <translation>Le serveur X a refusé de capturer %1 (erreur X %2).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No key was given for %1.</source>
        <translation>Aucune touche n&apos;a été indiquée pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.</source>
        <translation>%1&#xa0;: un raccourci global ne peut combiner que Ctrl, Shift, Alt et Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as Home, Print or Pause.</source>
        <translation>%1 ne peut pas être un raccourci global&#xa0;: utilisez une lettre, un chiffre, F1 à F35 ou une touche nommée comme Home, Print ou Pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 switches the computer to another text console, so it never reaches applications: add Shift, or choose another key.</source>
        <translation>%1 bascule l&apos;ordinateur vers une autre console texte et n&apos;atteint donc jamais les applications&#xa0;: ajoutez Shift ou choisissez une autre touche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 alone would stop that key from working in every other application: hold Ctrl, Alt or Meta with it.</source>
        <translation>%1 seul empêcherait cette touche de fonctionner dans toutes les autres applications&#xa0;: maintenez Ctrl, Alt ou Meta en même temps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keyboard layout in use has no such key.</source>
        <translation>%1&#xa0;: la disposition de clavier utilisée n&apos;a pas cette touche.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already the hotkey of %2.</source>
        <translation>%1 est déjà le raccourci de %2.</translation>
    </message>
</context>
<context>
    <name>GoLiveChecklist</name>
    <message>
        <location filename="../app/golive/golivechecklist.cpp" line="+46"/>
        <source>Before you go live</source>
        <translation>Avant de passer en direct</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go live</source>
        <translation>Passer en direct</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../app/history/historydock.cpp" line="+36"/>
        <source>Session history</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept sessions</source>
        <translation>Sessions conservées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every kept session as CSV or JSON lines.</source>
        <translation>Enregistrer toutes les sessions conservées au format CSV ou JSON Lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete history…</source>
        <translation>Supprimer l&apos;historique…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep sessions for</source>
        <translation>Conserver les sessions pendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>Conserver pendant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this computer only; nothing is ever sent anywhere.</source>
        <translation>Conservé uniquement sur cet ordinateur&#xa0;; rien n&apos;est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No session kept yet.</source>
        <translation>Aucune session conservée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames lost: %1 rendering, %2 encoding, %3 network.</source>
        <translation>Images perdues&#xa0;: %1 au rendu, %2 à l&apos;encodage, %3 sur le réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 kbps on average</source>
        <translation>%1 (%2)&#xa0;: %3 kbps en moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1</source>
        <translation>Enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Export the session history</source>
        <translation>Exporter l&apos;historique des sessions</translation>
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
        <translation>Supprimer l&apos;historique des sessions&#xa0;?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Every kept session is removed from this computer. Recordings are not touched.</source>
        <translation>Toutes les sessions conservées sont supprimées de cet ordinateur. Les enregistrements restent intacts.</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../app/settings/hotkeyspage.cpp" line="+33"/>
        <location line="+1"/>
        <source>Find an action</source>
        <translation>Rechercher une action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their keys</source>
        <translation>Actions et leurs touches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New keys for the selected action</source>
        <translation>Nouvelles touches pour l&apos;action sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys work while another application has the focus</source>
        <translation>Les touches fonctionnent même quand une autre application a le focus</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to its default.</source>
        <translation>Valeur par défaut rétablie.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Pick an action in the list first.</source>
        <translation>Choisissez d&apos;abord une action dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keys now.</source>
        <translation>Plus aucune touche attribuée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 now runs it.</source>
        <translation>%1 l&apos;exécute maintenant.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../app/scenes/inspectordock.cpp" line="+48"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer properties</source>
        <translation>Propriétés du calque</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n calque sélectionné.</numerusform>
            <numerusform>%n calques sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a layer to see its settings.</source>
        <translation>Sélectionnez un calque pour voir ses paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 layer</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · calque %2</translation>
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
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Hauteur</translation>
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
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop left</source>
        <translation>Rogner à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop top</source>
        <translation>Rogner en haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop right</source>
        <translation>Rogner à droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crop bottom</source>
        <translation>Rogner en bas</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transform %1</source>
        <translation>Transformer %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>JSON, e.g. {&quot;left&quot;: 0}</source>
        <translation>JSON, p. ex. {&quot;left&quot;: 0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not valid JSON</source>
        <translation>%1&#xa0;: JSON non valide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the default</source>
        <translation>Revenir à la valeur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>Réinitialiser %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/language.cpp" line="+64"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when you start VIDA³ Studio again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de VIDA³ Studio.</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <location filename="../studio/scene/document/layercommands.cpp" line="+15"/>
        <source>Add %1 layer “%2”</source>
        <translation>Ajouter le calque %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove layer “%1”</source>
        <translation>Supprimer le calque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder layers</source>
        <translation>Réordonner les calques</translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message>
        <location filename="../studio/scene/document/layeredits.cpp" line="+37"/>
        <location line="+337"/>
        <source>No such scene.</source>
        <translation>Scène introuvable.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No layer selected.</source>
        <translation>Aucun calque sélectionné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” named twice.</source>
        <translation>Calque «&#xa0;%1&#xa0;» nommé deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer “%1” in this scene.</source>
        <translation>Aucun calque «&#xa0;%1&#xa0;» dans cette scène.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position and size must be within ±%1 px.</source>
        <translation>La position et la taille doivent rester dans la limite de ±%1 px.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown layer kind “%1”.</source>
        <translation>Type de calque inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A media layer called “%1” plays another file in the scene “%2”: its name is its mixer channel, so give this one another name.</source>
        <translation>Un calque média nommé «&#xa0;%1&#xa0;» lit un autre fichier dans la scène «&#xa0;%2&#xa0;»&#xa0;: son nom est celui de son canal de mixeur, donnez donc un autre nom à celui-ci.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A scene holds at most %1 layers.</source>
        <translation>Une scène contient au plus %1 calques.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>Ajouter %n calque</numerusform>
            <numerusform>Ajouter %n calques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>Supprimer %n calque</numerusform>
            <numerusform>Supprimer %n calques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A layer name has 1 to %1 characters.</source>
        <translation>Un nom de calque comporte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a layer called “%1” in this scene.</source>
        <translation>Il existe déjà un calque nommé «&#xa0;%1&#xa0;» dans cette scène.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Renommer le calque «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opacity is between 0 and 1.</source>
        <translation>L&apos;opacité est comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opacity of %1</source>
        <translation>Opacité de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation is between −360° and 360°.</source>
        <translation>La rotation est comprise entre −360° et 360°.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate %1</source>
        <translation>Faire pivoter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop %1</source>
        <translation>Rogner %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A crop is 0 or more pixels a side.</source>
        <translation>Un rognage est de 0 pixel ou plus par côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That crop leaves nothing of the layer to show.</source>
        <translation>Ce rognage ne laisse rien à afficher du calque.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A %1 layer has no field “%2”.</source>
        <translation>Un calque %1 n&apos;a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One rectangle per layer.</source>
        <translation>Un rectangle par calque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That size leaves nothing of the cropped layer to show.</source>
        <translation>Cette taille ne laisse rien à afficher du calque rogné.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new order names every layer of the scene once.</source>
        <translation>Un nouvel ordre doit nommer chaque calque de la scène une seule fois.</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../studio/scene/models/layerlistmodel.cpp" line="+165"/>
        <source>%1 layer%2%3</source>
        <translation>Calque %1%2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, hidden</source>
        <translation>, masqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../app/scenes/layersdock.cpp" line="+36"/>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers, top first</source>
        <translation>Calques, premier plan en tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer</source>
        <translation>Ajouter un calque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected layers</source>
        <translation>Supprimer les calques sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected layers</source>
        <translation>Dupliquer les calques sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring forward</source>
        <translation>Monter d&apos;un cran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send backward</source>
        <translation>Descendre d&apos;un cran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock or unlock the selected layers</source>
        <translation>Verrouiller ou déverrouiller les calques sélectionnés</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add an image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a media file</source>
        <translation>Ajouter un fichier média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video and audio (*)</source>
        <translation>Vidéo et audio (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source</source>
        <translation>Source navigateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name the page streams under:</source>
        <translation>Nom sous lequel la page diffuse&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No scene to add to.</source>
        <translation>Aucune scène à laquelle ajouter.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing copied yet.</source>
        <translation>Rien n&apos;a encore été copié.</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../app/mixer/levelmeterwidget.cpp" line="+26"/>
        <source>Level meter</source>
        <translation>Indicateur de niveau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>silent</source>
        <translation>silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak %1 dB, average %2 dB%3</source>
        <translation>crête %1 dB, moyenne %2 dB%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, muted</source>
        <translation>, son coupé</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../studio/destination/memorysecretstore.cpp" line="+68"/>
        <source>No keychain available: the key is kept in memory for this session only.</source>
        <translation>Aucun trousseau disponible&#xa0;: la clé est conservée en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../app/mixer/mixerpanel.cpp" line="+50"/>
        <source>Programme (what viewers hear) · limiter −1 dBTP</source>
        <translation>Programme (ce qu&apos;entendent les spectateurs) · limiteur −1 dBTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme level</source>
        <translation>Niveau du programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add microphone</source>
        <translation>Ajouter un micro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add desktop audio</source>
        <translation>Ajouter l&apos;audio du bureau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mute microphones</source>
        <translation>Couper les micros</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No microphone to mute: add one with “Add microphone”.</source>
        <translation>Aucun micro à couper&#xa0;: ajoutez-en un avec «&#xa0;Ajouter un micro&#xa0;».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected (kept in your setup, tried again next time): %1</source>
        <translation>Non connecté (conservé dans votre configuration, nouvel essai la prochaine fois)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loudness %1 LUFS now · %2 over 3 s · %3 overall (target %4) · true peak %5 dBTP</source>
        <translation>Sonie %1 LUFS instantanée · %2 sur 3 s · %3 globale (cible %4) · crête réelle %5 dBTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default output</source>
        <translation>Sortie par défaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default (follows the system)</source>
        <translation>Par défaut (suit le système)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new channel joins when nothing is live or recording.</source>
        <translation>Le nouveau canal sera ajouté quand plus rien ne sera en direct ni en cours d&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>NewLayer</name>
    <message>
        <location filename="../app/scenes/newlayer.cpp" line="+65"/>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ visual</source>
        <translation>Visuel VIDA³</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media file…</source>
        <translation>Fichier média…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser source…</source>
        <translation>Source navigateur…</translation>
    </message>
</context>
<context>
    <name>OutputControls</name>
    <message>
        <location filename="../app/outputcontrols.cpp" line="+41"/>
        <source>Nothing is recorded while paused; the file goes on without a gap when you resume. The stream is not affected.</source>
        <translation>Rien n&apos;est enregistré pendant la pause&#xa0;; le fichier continue sans interruption à la reprise. Le stream n&apos;est pas affecté.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No destination is ready to go live.</source>
        <translation>Aucune destination n&apos;est prête pour passer en direct.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing is being recorded.</source>
        <translation>Aucun enregistrement en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording paused</source>
        <translation>Enregistrement en pause</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording saved: %1</source>
        <translation>Enregistrement sauvegardé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop streaming</source>
        <translation>Arrêter le streaming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go Live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause recording</source>
        <translation>Mettre en pause l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../app/settings/outputformat.cpp" line="+53"/>
        <source>Give both the width and the height, or neither (the platform&apos;s size).</source>
        <translation>Indiquez la largeur et la hauteur, ou aucune des deux (taille de la plateforme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be from %1×%2 to %3×%4.</source>
        <translation>La taille doit être comprise entre %1×%2 et %3×%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width and the height must be even numbers (H.264 halves them for colour).</source>
        <translation>La largeur et la hauteur doivent être des nombres pairs (H.264 les divise par deux pour la couleur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 24, 25, 30, 48, 50 or 60.</source>
        <translation>La fréquence d&apos;images doit être 24, 25, 30, 48, 50 ou 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video bitrate must be from %1 to %2 kbps.</source>
        <translation>Le débit vidéo doit être compris entre %1 et %2 kbps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyframe interval must be from 1 to 10 seconds (platforms ask for 2).</source>
        <translation>L&apos;intervalle entre images clés doit être compris entre 1 et 10 secondes (les plateformes demandent 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target must be from -40 to -5 LUFS (most platforms ask for -14).</source>
        <translation>La cible de sonie doit être comprise entre -40 et -5 LUFS (la plupart des plateformes demandent -14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings are Matroska (.mkv) or MP4 (.mp4).</source>
        <translation>Les enregistrements sont au format Matroska (.mkv) ou MP4 (.mp4).</translation>
    </message>
</context>
<context>
    <name>OutputSettingsBox</name>
    <message>
        <location filename="../app/outputsettingsbox.cpp" line="+32"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hardware encoder spares the CPU for the scene. Each is tried with a test encode when the output starts; one that does not work falls back to x264 and says why. Automatic uses the first hardware encoder that works.</source>
        <translation>Un encodeur matériel libère le processeur pour la scène. Chacun est testé par un encodage d&apos;essai au démarrage de la sortie&#xa0;; celui qui ne fonctionne pas bascule sur x264 en indiquant pourquoi. Automatique utilise le premier encodeur matériel qui fonctionne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faster presets use less CPU for a softer picture at the same bitrate. auto picks veryfast, superfast or ultrafast for the output size, frame rate and this computer&apos;s cores. If the stats count frames skipped by the encoder, choose a faster one.</source>
        <translation>Les préréglages plus rapides utilisent moins de processeur pour une image plus douce au même débit. auto choisit veryfast, superfast ou ultrafast selon la taille de sortie, la fréquence d&apos;images et le nombre de cœurs de cet ordinateur. Si les statistiques comptent des images sautées par l&apos;encodeur, choisissez un préréglage plus rapide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Adapt the bitrate to the slowest destination</source>
        <translation>&amp;Adapter le débit à la destination la plus lente</translation>
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
        <translation>ne jamais se reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply when nothing is live or recording.</source>
        <translation>Les modifications s&apos;appliquent quand rien n&apos;est en direct ni en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encoder</source>
        <translation>&amp;Encodeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x264 &amp;speed</source>
        <translation>&amp;Vitesse x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;retry after</source>
        <translation>Première &amp;reconnexion après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest wait</source>
        <translation>Attente &amp;maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts</source>
        <translation>&amp;Tentatives</translation>
    </message>
</context>
<context>
    <name>PlatformPreset</name>
    <message>
        <location filename="../studio/destination/presettexts.cpp" line="+11"/>
        <source>contains only letters and digits</source>
        <translation>ne contient que des lettres et des chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains only letters, digits and hyphens</source>
        <translation>ne contient que des lettres, des chiffres et des traits d&apos;union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with live_ followed by letters, digits and underscores</source>
        <translation>commence par live_ suivi de lettres, de chiffres et de traits de soulignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains letters, digits and the characters - _ . % ? &amp; =</source>
        <translation>contient des lettres, des chiffres et les caractères - _ . % ? &amp; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may contain any visible characters</source>
        <translation>peut contenir n&apos;importe quels caractères visibles</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/golive/preflight.cpp" line="+20"/>
        <source>No destination is ticked for Go Live: tick one in Destinations.</source>
        <translation>Aucune destination n&apos;est cochée pour le passage en direct&#xa0;: cochez-en une dans Destinations.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stream key for %1: edit the destination to add one.</source>
        <translation>Aucune clé de stream pour %1&#xa0;: modifiez la destination pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stream key and will not start.</source>
        <translation>%1 n&apos;a pas de clé de stream et ne démarrera pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may refuse: %1</source>
        <translation>La plateforme risque de refuser&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n destination prête, avec sa clé de stream.</numerusform>
            <numerusform>%n destinations prêtes, chacune avec sa clé de stream.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone in the mixer: viewers will not hear your voice.</source>
        <translation>Aucun micro dans le mixeur&#xa0;: les spectateurs n&apos;entendront pas votre voix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your microphone is muted (Ctrl+Shift+M unmutes every microphone).</source>
        <translation>Votre micro est coupé (Ctrl+Shift+M rétablit le son de tous les micros).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone on.</source>
        <translation>Micro activé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording disk cannot be read (%1).</source>
        <translation>Le disque d&apos;enregistrement est illisible (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 free where recordings go: a recording would stop when it is full.</source>
        <translation>Seulement %1 libres là où vont les enregistrements&#xa0;: un enregistrement s&apos;arrêterait une fois le disque plein.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>%1 libres là où vont les enregistrements (environ %n heure d&apos;enregistrement).</numerusform>
            <numerusform>%1 libres là où vont les enregistrements (environ %n heures d&apos;enregistrement).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoder could not be tried: %1</source>
        <translation>L&apos;encodeur n&apos;a pas pu être testé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×%2 at %3 fps with x264 %4</source>
        <translation>%1×%2 à %3 fps avec x264 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine encodes %1 %2 times as fast as needed.</source>
        <translation>Cette machine encode %1 %2 fois plus vite que nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine encodes %1 only %2 times as fast as needed: frames may be lost while a game runs. Choose a faster x264 speed or a smaller size in Settings → Output.</source>
        <translation>Cette machine n&apos;encode %1 que %2 fois plus vite que nécessaire&#xa0;: des images peuvent être perdues pendant qu&apos;un jeu tourne. Choisissez une vitesse x264 plus rapide ou une taille plus petite dans Paramètres → Sortie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 encodes on the graphics chip: the CPU stays free.</source>
        <translation>%1 encode sur la puce graphique&#xa0;: le processeur reste libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the encoder on this machine…</source>
        <translation>Test de l&apos;encodeur sur cette machine…</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../app/previewwidget.cpp" line="+17"/>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting the preview…</source>
        <translation>Démarrage de l&apos;aperçu…</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../app/canvas/canvasaccessible.cpp" line="+41"/>
        <source>%1 layer at %2, %3, %4 × %5 pixels%6</source>
        <translation>Calque %1 à %2, %3, %4 × %5 pixels%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, hidden</source>
        <translation>, masqué</translation>
    </message>
</context>
<context>
    <name>RemoteControlPanel</name>
    <message>
        <location filename="../app/remote/remotecontrolpanel.cpp" line="+31"/>
        <source>Remote control</source>
        <translation>Contrôle à distance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let controllers drive the studio</source>
        <translation>Laisser des contrôleurs piloter le studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5).</source>
        <translation>Companion, Stream Deck, Streamer.bot et obs-cmd se connectent comme à OBS (obs-websocket 5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control port</source>
        <translation>Port du contrôle à distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also from other computers on the network</source>
        <translation>Aussi depuis d&apos;autres ordinateurs du réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on your network who has the password can then start and stop your stream.</source>
        <translation>Toute personne de votre réseau qui possède le mot de passe pourra alors démarrer et arrêter votre stream.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote control password</source>
        <translation>Mot de passe du contrôle à distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No keychain: this password lasts until the studio quits.</source>
        <translation>Aucun trousseau&#xa0;: ce mot de passe reste valable jusqu&apos;à la fermeture du studio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remote control is off: %1</source>
        <translation>Le contrôle à distance est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Off. Nothing listens.</source>
        <translation>Désactivé. Aucune écoute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every network interface</source>
        <translation>toutes les interfaces réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>Écoute sur %1, port %2 · %n contrôleur connecté</numerusform>
            <numerusform>Écoute sur %1, port %2 · %n contrôleurs connectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/scene/document/scenecommands.cpp" line="+30"/>
        <source>Remove scene “%1”</source>
        <translation>Supprimer la scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move scene “%1”</source>
        <translation>Déplacer la scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename scene “%1” to “%2”</source>
        <translation>Renommer la scène «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default transition: %1</source>
        <translation>Transition par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition to “%1”: %2</source>
        <translation>Transition vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>SceneEdits</name>
    <message>
        <location filename="../studio/scene/document/sceneedits.cpp" line="+39"/>
        <source>A scene needs a name.</source>
        <translation>Une scène doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scene name has at most %1 characters.</source>
        <translation>Un nom de scène comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a scene called “%1”.</source>
        <translation>Il existe déjà une scène nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>A collection holds at most %1 scenes.</source>
        <translation>Une collection contient au plus %1 scènes.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add scene “%1”</source>
        <translation>Ajouter la scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>No such scene.</source>
        <translation>Scène introuvable.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last scene cannot be removed: a collection always has one.</source>
        <translation>La dernière scène ne peut pas être supprimée&#xa0;: une collection en contient toujours une.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such position.</source>
        <translation>Position inexistante.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to “%1”</source>
        <translation>Basculer vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The default transition cannot be empty.</source>
        <translation>La transition par défaut ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transition lasts 0 to %1 ms.</source>
        <translation>Une transition dure de 0 à %1 ms.</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../studio/scene/models/scenelistmodel.cpp" line="+76"/>
        <source>On air</source>
        <translation>À l&apos;antenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In preview</source>
        <translation>En aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switched to with %1</source>
        <translation>affichée avec la transition %1</translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message>
        <location filename="../app/scenes/sceneworkspace.cpp" line="+33"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenes with their files…</source>
        <translation>&amp;Exporter les scènes avec leurs fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export scenes</source>
        <translation>Exporter les scènes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes)</source>
        <translation>Paquets de scènes VIDA³ (*.vida3scenes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import scenes…</source>
        <translation>&amp;Importer des scènes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import scenes</source>
        <translation>Importer des scènes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ scene bundles (*.vida3scenes);;All files (*)</source>
        <translation>Paquets de scènes VIDA³ (*.vida3scenes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Studio mode</source>
        <translation>Mode &amp;studio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenes exported to %1</source>
        <translation>Scènes exportées vers %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>Importer %n scène</numerusform>
            <numerusform>Importer %n scènes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>%n scène importée depuis %1</numerusform>
            <numerusform>%n scènes importées depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <location filename="../app/scenes/scenesdock.cpp" line="+34"/>
        <location line="+6"/>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a scene</source>
        <translation>Ajouter une scène</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty scene</source>
        <translation>Scène vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a template</source>
        <translation>À partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Duplicate the scene</source>
        <translation>Dupliquer la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scene</source>
        <translation>Supprimer la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene up</source>
        <translation>Monter la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the scene down</source>
        <translation>Descendre la scène</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cut</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>Fondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide</source>
        <translation>Glissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition duration</source>
        <translation>Durée de la transition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Transition to this scene</source>
        <translation>Transition vers cette scène</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../app/remote/schedulepanel.cpp" line="+25"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled starts</source>
        <translation>Démarrages planifiés</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Go live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Go live and record</source>
        <translation>Passer en direct et enregistrer</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Stop at</source>
        <translation>Arrêter à</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop time</source>
        <translation>Heure d&apos;arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed a scheduled start (%1 at %2): VIDA³ Studio was not running, so nothing was started late.</source>
        <translation>Démarrage planifié manqué (%1 à %2)&#xa0;: VIDA³ Studio n&apos;était pas lancé, rien n&apos;a donc été démarré en retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule could not be saved: %1</source>
        <translation>La planification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the scene on air</source>
        <translation>Garder la scène à l&apos;antenne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved schedule could not be read: %1</source>
        <translation>La planification enregistrée n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> until %1</source>
        <translation> jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every week</source>
        <translation>, chaque semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, scene &quot;%1&quot;</source>
        <translation>, scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing scheduled.</source>
        <translation>Rien de planifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next start in %1</source>
        <translation>Prochain démarrage dans %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled stop in %1</source>
        <translation>Arrêt planifié dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled switch</source>
        <translation>Changement planifié</translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message>
        <location filename="../app/history/sessiongraph.cpp" line="+14"/>
        <source>Bitrate and lost frames of the chosen session</source>
        <translation>Débit et images perdues de la session choisie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No graph for this session</source>
        <translation>Aucun graphique pour cette session</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>peak %1 kbps</source>
        <translation>crête %1 kbps</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language (from the next start):</source>
        <translation>Langue (au prochain démarrage)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIDA³ Studio sends nothing anywhere: no telemetry. Your settings, scenes, session history and stream keys stay on this computer.</source>
        <translation>VIDA³ Studio n&apos;envoie rien nulle part&#xa0;: aucune télémétrie. Vos paramètres, scènes, historique des sessions et clés de stream restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>The platform&apos;s</source>
        <translation>Selon la plateforme</translation>
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
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>Fréquence d&apos;images&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video bitrate:</source>
        <translation>Débit vidéo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframe every:</source>
        <translation>Image clé toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every destination shares one encode: a value a platform does not accept is lowered for all, and the window says so.</source>
        <translation>Toutes les destinations partagent un même encodage&#xa0;: une valeur qu&apos;une plateforme n&apos;accepte pas est abaissée pour toutes, et la fenêtre l&apos;indique.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the programme&apos;s peaks to −1 dBTP</source>
        <translation>Limiter les crêtes du programme à −1 dBTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loudness target is what the programme meter aims at: −14 LUFS for YouTube, Twitch and X. The limiter keeps sudden peaks from distorting on the platforms&apos; encoders.</source>
        <translation>La cible de sonie est ce que vise l&apos;indicateur du programme&#xa0;: −14 LUFS pour YouTube, Twitch et X. Le limiteur empêche les crêtes soudaines de saturer dans les encodeurs des plateformes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loudness target:</source>
        <translation>Cible de sonie&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your Videos folder</source>
        <translation>Votre dossier Vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings folder</source>
        <translation>Dossier des enregistrements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matroska (.mkv): plays even after a crash</source>
        <translation>Matroska (.mkv)&#xa0;: lisible même après un plantage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (.mp4), fragmented: plays even after a crash</source>
        <translation>MP4 (.mp4), fragmenté&#xa0;: lisible même après un plantage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write the size as width x height, for example 1920x1080.</source>
        <translation>Écrivez la taille sous la forme largeur x hauteur, par exemple 1920x1080.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recordings folder must be a full path, such as %1.</source>
        <translation>Le dossier des enregistrements doit être un chemin complet, comme %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings cannot be written to %1.</source>
        <translation>Impossible d&apos;écrire les enregistrements dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The stream and the recording keep their format until every output has stopped; the new one applies from the next start.</source>
        <translation>Enregistré. Le stream et l&apos;enregistrement gardent leur format jusqu&apos;à l&apos;arrêt de toutes les sorties&#xa0;; le nouveau s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../app/sources/sourcerow.cpp" line="+19"/>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pause %1</source>
        <translation>Mettre en pause %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take it off the scene</source>
        <translation>Retirer de la scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/sources/sourcespanel.cpp" line="+34"/>
        <location line="+117"/>
        <source>Camera “%1”</source>
        <translation>Caméra «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Screen %1</source>
        <translation>Écran %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera, screen and media</source>
        <translation>Caméra, écran et médias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add camera</source>
        <translation>Ajouter une caméra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add screen</source>
        <translation>Ajouter un écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole display this window is on (X11).</source>
        <translation>L&apos;écran entier sur lequel se trouve cette fenêtre (X11).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add media file…</source>
        <translation>Ajouter un fichier média…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>En boucle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera connected</source>
        <translation>Aucune caméra connectée</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is added to the scene after everything has stopped.</source>
        <translation>%1 rejoindra la scène une fois tout arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on top of the scene.</source>
        <translation>%1 est au premier plan de la scène.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The screen</source>
        <translation>L&apos;écran</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not found any more, taken off the scene: %1</source>
        <translation>Retrait de la scène (introuvable)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” goes off the scene after everything has stopped.</source>
        <translation>«&#xa0;%1&#xa0;» quittera la scène une fois tout arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is off the scene.</source>
        <translation>«&#xa0;%1&#xa0;» a quitté la scène.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a media file</source>
        <translation>Ajouter un fichier média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)</source>
        <translation>Vidéo et audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts *.mp3 *.m4a *.wav *.flac *.ogg *.opus);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <location filename="../app/stats/statsdock.cpp" line="+37"/>
        <source>Stats</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bitrate per destination</source>
        <translation>Débit par destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost per second</source>
        <translation>Images perdues par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion per destination</source>
        <translation>Congestion par destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Fréquence d&apos;images</translation>
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
        <translation>Temps de rendu et d&apos;encodage par image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (100 % is one core)</source>
        <translation>Processeur (100&#xa0;% = un cœur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>No recording.</source>
        <translation>Aucun enregistrement.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Stats graphs</source>
        <translation>Graphiques des statistiques</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rendering</source>
        <translation>rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendered</source>
        <translation>rendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render</source>
        <translation>rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encode</source>
        <translation>encodage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studio</source>
        <translation>studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resident</source>
        <translation>résidente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free on the recording disk: %1</source>
        <translation>Espace libre sur le disque d&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Espace libre sur le disque d&apos;enregistrement&#xa0;: %1 — l&apos;enregistrement le remplira dans environ %n minute.</numerusform>
            <numerusform>Espace libre sur le disque d&apos;enregistrement&#xa0;: %1 — l&apos;enregistrement le remplira dans environ %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../app/statusline.cpp" line="+41"/>
        <source>● Recording</source>
        <translation>● Enregistrement</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Bitrate: —</source>
        <translation>Débit&#xa0;: —</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Rendering: — fps</source>
        <translation>Rendu&#xa0;: — fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) 0 · skipped (encoding) 0 · dropped (network) 0</source>
        <translation>Images perdues&#xa0;: manquées (rendu) 0 · sautées (encodage) 0 · perdues (réseau) 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bitrate: %1 kbps</source>
        <translation>Débit&#xa0;: %1 kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording: %1 kbps</source>
        <translation>Enregistrement&#xa0;: %1 kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering: %1 fps</source>
        <translation>Rendu&#xa0;: %1 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames lost: missed (rendering) %1 · skipped (encoding) %2 · dropped (network) %3</source>
        <translation>Images perdues&#xa0;: manquées (rendu) %1 · sautées (encodage) %2 · perdues (réseau) %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames encoded %1 · %2</source>
        <translation>Images encodées %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames written by each output. After a stop, the recording&apos;s count is the number of frames in the file.</source>
        <translation>Images écrites par chaque sortie. Après un arrêt, le compte de l&apos;enregistrement correspond au nombre d&apos;images dans le fichier.</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../app/actions/studioactions.cpp" line="+26"/>
        <source>&amp;Controls</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Go live or stop streaming</source>
        <translation>Passer en direct ou arrêter le streaming</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start or stop recording</source>
        <translation>Démarrer ou arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the recording</source>
        <translation>Mettre en pause ou reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio mode</source>
        <translation>Mode studio</translation>
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
        <translation>Envoyer&#xa0;: mettre l&apos;aperçu à l&apos;antenne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute or unmute every microphone</source>
        <translation>Couper ou rétablir le son de tous les micros</translation>
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
        <translation>Changer de &amp;scène</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute</source>
        <translation>&amp;Muet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a layer</source>
        <translation>&amp;Ajouter un calque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a layer: %1</source>
        <translation>Ajouter un calque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show or hide: %1</source>
        <translation>Afficher ou masquer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to scene “%1”</source>
        <translation>Basculer vers la scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mute or unmute “%1”</source>
        <translation>Couper ou rétablir le son de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop streaming</source>
        <translation>Arrêter le streaming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start recording</source>
        <translation>Démarrer l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>StudioModePanel</name>
    <message>
        <location filename="../app/scenes/studiomode.cpp" line="+28"/>
        <source>Preview: the next scene</source>
        <translation>Aperçu&#xa0;: la scène suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take →</source>
        <translation>Envoyer →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the preview on air with its transition (Ctrl+Enter)</source>
        <translation>Mettre l&apos;aperçu à l&apos;antenne avec sa transition (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take “%1”</source>
        <translation>Envoyer «&#xa0;%1&#xa0;»</translation>
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
        <translation>Scènes non enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Render, encode and stream a live canvas.</source>
        <translation>Rendu, encodage et diffusion d&apos;un canevas en direct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available: your stream keys are kept in memory for this session only and never written to disk.</source>
        <translation>Aucun trousseau disponible&#xa0;: vos clés de stream sont conservées en mémoire pour cette session uniquement et ne sont jamais écrites sur le disque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio mixer</source>
        <translation>Mixeur audio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Studio controls</source>
        <translation>Commandes du studio</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adjusted so every platform accepts it: %1</source>
        <translation>Ajusté pour être accepté par toutes les plateformes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/studiowindowentry.cpp" line="-39"/>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, schedule and session history, and the stream keys, relay secret and remote-control password in the keychain. Your recordings stay.

The studio stops what is live and closes first.</source>
        <translation>Cette action supprime tout ce que VIDA³ Studio conserve sur cet ordinateur&#xa0;: vos paramètres, scènes, planification et historique des sessions, ainsi que les clés de stream, le secret du relais et le mot de passe du contrôle à distance dans le trousseau. Vos enregistrements sont conservés.

Le studio arrête d&apos;abord ce qui est en direct, puis se ferme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location filename="../app/studiowindowentry.cpp" line="+3"/>
        <source>Everything VIDA³ Studio kept on this computer is removed. Your recordings stay where they are.</source>
        <translation>Tout ce que VIDA³ Studio conservait sur cet ordinateur a été supprimé. Vos enregistrements restent où ils sont.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of it could not be removed:
%1</source>
        <translation>Certains éléments n&apos;ont pas pu être supprimés&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your scenes could not be opened:
%1

They are kept in %2; open that file with vida3-studio FILE once it is fixed.</source>
        <translation>Vos scènes n&apos;ont pas pu être ouvertes&#xa0;:
%1

Elles sont conservées dans %2&#xa0;; ouvrez ce fichier avec vida3-studio FICHIER une fois corrigé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No scene “%1” in %2.</source>
        <translation>Aucune scène «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/windowlayout.cpp" line="+19"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../app/windowtools.cpp" line="+78"/>
        <source>Command palette…</source>
        <translation>Palette de commandes…</translation>
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
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotkeys…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a destination…</source>
        <translation>Ajouter une destination…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up with the wizard…</source>
        <translation>Configurer avec l&apos;assistant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
</context>
</TS>
