<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertCenter</name>
    <message numerus="yes">
        <location filename="../app/alerts/alertcenter.cpp" line="+135"/>
        <source>%1 left: the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>%1 left: the recording fills it in about %n minute.</numerusform>
            <numerusform>%1 left: the recording fills it in about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationStatus</name>
    <message numerus="yes">
        <location filename="../app/destinationstatus.cpp" line="+36"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Reconnecting in %n s (attempt %1)</numerusform>
            <numerusform>Reconnecting in %n s (attempt %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message numerus="yes">
        <location filename="../app/scenes/inspectordock.cpp" line="+120"/>
        <source>%n layers selected.</source>
        <translation>
            <numerusform>%n layer selected.</numerusform>
            <numerusform>%n layers selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayerEdits</name>
    <message numerus="yes">
        <location filename="../studio/scene/document/layeredits.cpp" line="+190"/>
        <source>Add %n layer(s)</source>
        <translation>
            <numerusform>Add %n layer</numerusform>
            <numerusform>Add %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Remove %n layer(s)</source>
        <translation>
            <numerusform>Remove %n layer</numerusform>
            <numerusform>Remove %n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <location filename="../app/golive/preflight.cpp" line="+35"/>
        <source>%n destination(s) ready, each with its stream key.</source>
        <translation>
            <numerusform>%n destination ready, with its stream key.</numerusform>
            <numerusform>%n destinations ready, each with its stream key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 free where recordings go (about %n hour(s) of recording).</source>
        <translation>
            <numerusform>%1 free where recordings go (about %n hour of recording).</numerusform>
            <numerusform>%1 free where recordings go (about %n hours of recording).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteControlPanel</name>
    <message numerus="yes">
        <location filename="../app/remote/remotecontrolpanel.cpp" line="+227"/>
        <source>Listening on %1, port %2 · %n controller(s) connected</source>
        <translation>
            <numerusform>Listening on %1, port %2 · %n controller connected</numerusform>
            <numerusform>Listening on %1, port %2 · %n controllers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneWorkspace</name>
    <message numerus="yes">
        <location filename="../app/scenes/sceneworkspace.cpp" line="+115"/>
        <source>Import %n scene(s)</source>
        <translation>
            <numerusform>Import %n scene</numerusform>
            <numerusform>Import %n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n scene(s) from %1</source>
        <translation>
            <numerusform>Imported %n scene from %1</numerusform>
            <numerusform>Imported %n scenes from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionGraph</name>
    <message numerus="yes">
        <location filename="../app/history/sessiongraph.cpp" line="+57"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message numerus="yes">
        <location filename="../app/stats/statsdock.cpp" line="+117"/>
        <source>Free on the recording disk: %1 — the recording fills it in about %n minute(s).</source>
        <translation>
            <numerusform>Free on the recording disk: %1 — the recording fills it in about %n minute.</numerusform>
            <numerusform>Free on the recording disk: %1 — the recording fills it in about %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
