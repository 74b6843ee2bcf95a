<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
    <message>
        <source>Confab %1</source>
        <translation>Confab %1</translation>
    </message>
    <message>
        <source>A native desktop client for OpenAI-compatible chat APIs.</source>
        <translation>Ein nativer Desktop-Client für OpenAI-kompatible Chat-APIs.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Code colouring</source>
        <translation>Code-Hervorhebung</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting</translation>
    </message>
    <message>
        <source>not built in (code is shown plain)</source>
        <translation>nicht eingebaut (Code wird ohne Hervorhebung gezeigt)</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>Waiting for the answer… ▍</source>
        <translation>Warte auf die Antwort… ▍</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Diese Antwort erneut versuchen</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Antwort neu generieren</translation>
    </message>
</context>
<context>
    <name>AnswerMetrics</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>Answer ready</source>
        <translation>Antwort fertig</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1 did not accept the API key (401). Check the key for this provider.</source>
        <translation>%1 hat den API-Schlüssel nicht akzeptiert (401). Prüfen Sie den Schlüssel für diesen Anbieter.</translation>
    </message>
    <message>
        <source>%1 refused access (403). The key may lack permission for this model, or the service is not available in your region.</source>
        <translation>%1 hat den Zugriff verweigert (403). Dem Schlüssel fehlt eventuell die Berechtigung für dieses Modell, oder der Dienst ist in Ihrer Region nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 answered 404: the model or the address was not found. Check the model name and the base URL (it usually ends in /v1).</source>
        <translation>%1 antwortete mit 404: Das Modell oder die Adresse wurde nicht gefunden. Prüfen Sie den Modellnamen und die Basis-URL (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). The conversation may be too long for the model&apos;s context, or a parameter is not supported.</source>
        <translation>%1 hat die Anfrage abgelehnt (%2). Die Unterhaltung ist eventuell zu lang für den Kontext des Modells, oder ein Parameter wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (429) and asks to wait %2 s.</source>
        <translation>%1 begrenzt die Anfragen (429) und bittet, %2 s zu warten.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests or the quota is used up (429).</source>
        <translation>%1 begrenzt die Anfragen, oder das Kontingent ist aufgebraucht (429).</translation>
    </message>
    <message>
        <source>%1 had a server error (%2). Try again in a moment.</source>
        <translation>%1 hatte einen Serverfehler (%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation>%1 antwortete mit dem unerwarteten HTTP-Status %2.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 muss vom Typ %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer der Werte %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1 muss mindestens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1 darf höchstens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not an argument of this tool; it takes: %2.</source>
        <translation>%1 ist kein Argument dieses Werkzeugs; es nimmt: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>The arguments</source>
        <translation>Die Argumente</translation>
    </message>
    <message>
        <source>%1 is not in the schema; it has: %2.</source>
        <translation>%1 ist nicht im Schema; es enthält: %2.</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Cannot read stdin.</source>
        <translation>Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>%1 was not run: the user lets no tool run here (confab-cli --approve none). Answer without tools.</source>
        <translation>%1 wurde nicht ausgeführt: Der Benutzer lässt hier keine Werkzeuge laufen (confab-cli --approve none). Antworte ohne Werkzeuge.</translation>
    </message>
    <message>
        <source>%1 was not run: the user lets only tools that only read run here (confab-cli --approve read-only). Answer without it.</source>
        <translation>%1 wurde nicht ausgeführt: Der Benutzer lässt hier nur Werkzeuge laufen, die nur lesen (confab-cli --approve read-only). Antworte ohne dieses Werkzeug.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls (--max-tool-rounds); the model still asked for %2.</source>
        <translation>Nach %1 Runden von Werkzeugaufrufen angehalten (--max-tool-rounds); das Modell verlangte noch %2.</translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation>Das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation>Werkzeugaufruf %1: %2(%3)</translation>
    </message>
    <message>
        <source>(The answer was cut off: it reached the token limit.)</source>
        <translation>(Die Antwort wurde abgeschnitten: Sie hat das Token-Limit erreicht.)</translation>
    </message>
    <message>
        <source>(The provider&apos;s content filter stopped the answer.)</source>
        <translation>(Der Inhaltsfilter des Anbieters hat die Antwort angehalten.)</translation>
    </message>
    <message>
        <source>--- choice %1 of %2 ---</source>
        <translation>--- Auswahl %1 von %2 ---</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of the %n answers asked for arrived.)</source>
        <translation>
            <numerusform>(Angekommen: %1 von %n angeforderten Antwort.)</numerusform>
            <numerusform>(Angekommen: %1 von %n angeforderten Antworten.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an image; attach it with --file.</source>
        <translation>%1 ist kein Bild; hängen Sie es mit --file an.</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>TXT</source>
        <translation>TXT</translation>
    </message>
    <message>
        <source>Attachment %1, %2</source>
        <translation>Anhang %1, %2</translation>
    </message>
    <message>
        <source>%1 — not kept in this history</source>
        <translation>%1 — in diesem Verlauf nicht aufbewahrt</translation>
    </message>
    <message>
        <source>not kept in this history</source>
        <translation>in diesem Verlauf nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>AttachmentPresentation</name>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source> (scaled from %1 × %2)</source>
        <translation> (verkleinert von %1 × %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) · %1</source>
        <translation>
            <numerusform>%Ln Zeile · %1</numerusform>
            <numerusform>%Ln Zeilen · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 is a folder; attach the files in it instead.</source>
        <translation>%1 ist ein Ordner; hängen Sie stattdessen die Dateien darin an.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; Confab sends images of up to %3.</source>
        <translation>%1 ist %2 groß; Confab sendet Bilder bis %3.</translation>
    </message>
    <message>
        <source>%1 is %2; Confab attaches text files of up to %3. Attach a part of it, or paste the lines that matter.</source>
        <translation>%1 ist %2 groß; Confab hängt Textdateien bis %3 an. Hängen Sie einen Teil davon an oder fügen Sie die wichtigen Zeilen ein.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as an image; the file may be damaged.</source>
        <translation>%1 konnte nicht als Bild gelesen werden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not an image Confab can send: use PNG, JPEG, WebP or GIF.</source>
        <translation>%1 ist kein Bild, das Confab senden kann: Verwenden Sie PNG, JPEG, WebP oder GIF.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image; the file may be damaged (%2).</source>
        <translation>%1 konnte nicht als Bild gelesen werden; die Datei ist möglicherweise beschädigt (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for sending.</source>
        <translation>%1 konnte nicht zum Senden vorbereitet werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file. Confab attaches images (PNG, JPEG, WebP, GIF) and UTF-8 text such as code, Markdown, CSV or logs.</source>
        <translation>%1 ist keine Textdatei. Confab hängt Bilder (PNG, JPEG, WebP, GIF) und UTF-8-Text wie Code, Markdown, CSV oder Logs an.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>%1 is not a file on this computer; save it first, then attach it.</source>
        <translation>%1 ist keine Datei auf diesem Computer; speichern Sie sie zuerst und hängen Sie sie dann an.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>CapabilityEvidence</name>
    <message>
        <source>%1 refused the images (%2): this model does not seem to see images. Choose a model that can, or ask again without them.</source>
        <translation>%1 hat die Bilder abgelehnt (%2): Dieses Modell scheint keine Bilder zu sehen. Wählen Sie ein Modell, das Bilder sehen kann, oder fragen Sie ohne sie erneut.</translation>
    </message>
    <message>
        <source>%1 refused the tools (%2): this model does not take tools. Confab will ask it without them from now on (Settings → Providers can change that); retry to ask again.</source>
        <translation>%1 hat die Werkzeuge abgelehnt (%2): Dieses Modell nimmt keine Werkzeuge an. Confab fragt es ab jetzt ohne sie (änderbar unter Einstellungen → Anbieter); wiederholen Sie die Frage, um erneut zu fragen.</translation>
    </message>
    <message>
        <source>%1 refused the reasoning effort (%2): this model does not take one. Confab will leave it out from now on (Settings → Providers can change that); retry to ask again.</source>
        <translation>%1 hat den Denkaufwand abgelehnt (%2): Dieses Modell nimmt keinen an. Confab lässt ihn ab jetzt weg (änderbar unter Einstellungen → Anbieter); wiederholen Sie die Frage, um erneut zu fragen.</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <source>in the answer</source>
        <translation>in der Antwort</translation>
    </message>
    <message>
        <source>%1 refused the tools (%2): this model does not seem to take tools, though you marked it as taking them (Settings → Providers).</source>
        <translation>%1 hat die Werkzeuge abgelehnt (%2): Dieses Modell scheint keine Werkzeuge anzunehmen, obwohl Sie es als werkzeugfähig markiert haben (Einstellungen → Anbieter).</translation>
    </message>
    <message>
        <source>%1 refused the reasoning effort (%2): this model does not seem to take one, though you marked it as taking one (Settings → Providers).</source>
        <translation>%1 hat den Denkaufwand abgelehnt (%2): Dieses Modell scheint keinen anzunehmen, obwohl Sie es so markiert haben (Einstellungen → Anbieter).</translation>
    </message>
</context>
<context>
    <name>CapabilityNotes</name>
    <message>
        <source>Press Send again to send the images to %1 anyway.</source>
        <translation>Drücken Sie noch einmal auf Senden, um die Bilder trotzdem an %1 zu senden.</translation>
    </message>
    <message>
        <source>%1 is marked as not seeing images: it will probably refuse this question.</source>
        <translation>%1 ist als Modell ohne Bildverständnis markiert: Es wird diese Frage wahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Bilder entfernen</translation>
    </message>
    <message>
        <source>Remove the images from the question</source>
        <translation>Die Bilder aus der Frage entfernen</translation>
    </message>
    <message>
        <source>It can see images</source>
        <translation>Es kann Bilder sehen</translation>
    </message>
    <message>
        <source>Mark this model as able to see images</source>
        <translation>Dieses Modell als bildfähig markieren</translation>
    </message>
    <message>
        <source>%1 does not take tools, so none are offered to it.</source>
        <translation>%1 nimmt keine Werkzeuge an, daher werden ihm keine angeboten.</translation>
    </message>
    <message>
        <source>Offer tools again</source>
        <translation>Werkzeuge wieder anbieten</translation>
    </message>
    <message>
        <source>Offer tools to this model again</source>
        <translation>Diesem Modell wieder Werkzeuge anbieten</translation>
    </message>
</context>
<context>
    <name>CapabilityText</name>
    <message>
        <source>From the provider&apos;s model list</source>
        <translation>Aus der Modellliste des Anbieters</translation>
    </message>
    <message>
        <source>Learned from an answer</source>
        <translation>Aus einer Antwort gelernt</translation>
    </message>
    <message>
        <source>Learned from an answer on %1</source>
        <translation>Am %1 aus einer Antwort gelernt</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>Von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Tool name &quot;%1&quot; must be 1–64 letters, digits, _ or -.</source>
        <translation>Der Werkzeugname „%1“ muss aus 1–64 Buchstaben, Ziffern, _ oder - bestehen.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Not run: Confab stops after %1 rounds of tool calls per question.</source>
        <translation>Nicht ausgeführt: Confab hält nach %1 Runden von Werkzeugaufrufen pro Frage an.</translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls; ask again to go on.</source>
        <translation>Nach %1 Runden von Werkzeugaufrufen angehalten; fragen Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>No provider is set up yet.</source>
        <translation>Es ist noch kein Anbieter eingerichtet.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was refused.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>%1 sent a malformed event (%2). The answer so far is kept.</source>
        <translation>%1 hat ein fehlerhaftes Ereignis gesendet (%2). Die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 reported an error during the answer: &quot;%2&quot;</source>
        <translation>%1 meldete während der Antwort einen Fehler: „%2“</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete. The part that arrived is kept.</source>
        <translation>%1 hat die Verbindung getrennt, bevor die Antwort vollständig war. Der empfangene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 closed the connection without sending an answer.</source>
        <translation>%1 hat die Verbindung getrennt, ohne eine Antwort zu senden.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the answer (%2). The part that arrived is kept.</source>
        <translation>Die Verbindung zu %1 ist während der Antwort abgebrochen (%2). Der empfangene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 finished without any answer. The prompt may be longer than the model&apos;s context.</source>
        <translation>%1 endete ohne Antwort. Der Prompt ist eventuell länger als der Kontext des Modells.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Refresh the model list</source>
        <translation>Modellliste aktualisieren</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Anbieter wählen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Providers, keys and network (Ctrl+,)</source>
        <translation>Anbieter, Schlüssel und Netzwerk (Ctrl+,)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Modelle nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Several models on one prompt (Ctrl+Shift+N)</source>
        <translation>Mehrere Modelle, ein Prompt (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>-m needs a model.</source>
        <translation>-m braucht ein Modell.</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--format is md or json, not &quot;%1&quot;.</source>
        <translation>--format ist md oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--approve is read-only, all or none, not &quot;%1&quot;.</source>
        <translation>--approve ist read-only, all oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>--allow-folder needs a folder.</source>
        <translation>--allow-folder braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--max-tool-rounds needs a number from 1 to 100.</source>
        <translation>--max-tool-rounds braucht eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param braucht KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds.</source>
        <translation>%1 braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries braucht eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Say what to do: ask, models, compare, providers, keys or history.</source>
        <translation>Geben Sie an, was zu tun ist: ask, models, compare, providers, keys oder history.</translation>
    </message>
    <message>
        <source>%1 is an option of the history commands.</source>
        <translation>%1 ist eine Option der history-Befehle.</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Use &quot;keys set NAME&quot; (the key is read from stdin) or &quot;keys delete NAME&quot;.</source>
        <translation>Verwenden Sie „keys set NAME“ (der Schlüssel wird von stdin gelesen) oder „keys delete NAME“.</translation>
    </message>
    <message>
        <source>Use either --provider or --base-url, not both.</source>
        <translation>Verwenden Sie entweder --provider oder --base-url, nicht beides.</translation>
    </message>
    <message>
        <source>--tools is an option of ask.</source>
        <translation>--tools ist eine Option von ask.</translation>
    </message>
    <message>
        <source>%1 goes with --tools.</source>
        <translation>%1 gehört zu --tools.</translation>
    </message>
    <message>
        <source>--allow-folder shares folders with the built-in tools: add --tools builtin.</source>
        <translation>--allow-folder gibt Ordner für die eingebauten Werkzeuge frei: Fügen Sie --tools builtin hinzu.</translation>
    </message>
    <message>
        <source>ask needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation>ask braucht genau einen PROMPT (oder -, um ihn von stdin zu lesen).</translation>
    </message>
    <message>
        <source>Choose a model with --model or CONFAB_MODEL.</source>
        <translation>Wählen Sie ein Modell mit --model oder CONFAB_MODEL.</translation>
    </message>
    <message>
        <source>compare needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation>compare braucht genau einen PROMPT (oder -, um ihn von stdin zu lesen).</translation>
    </message>
    <message>
        <source>compare needs 2 to 4 models: -m PROVIDER/MODEL -m MODEL …</source>
        <translation>compare braucht 2 bis 4 Modelle: -m PROVIDER/MODEL -m MODEL …</translation>
    </message>
    <message>
        <source>compare needs a model in every -m.</source>
        <translation>compare braucht in jedem -m ein Modell.</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Die Basis-URL „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Unknown tool source &quot;%1&quot;: use builtin or mcp:NAME (an MCP server set up in Confab).</source>
        <translation>Unbekannte Werkzeugquelle „%1“: Verwenden Sie builtin oder mcp:NAME (einen in Confab eingerichteten MCP-Server).</translation>
    </message>
    <message>
        <source>--tools needs builtin or mcp:NAME.</source>
        <translation>--tools braucht builtin oder mcp:NAME.</translation>
    </message>
    <message>
        <source>history %1 does not take %2.</source>
        <translation>history %1 nimmt %2 nicht an.</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>history search needs the text to look for.</source>
        <translation>history search braucht den zu suchenden Text.</translation>
    </message>
    <message>
        <source>history export needs conversation ids or --all (not both).</source>
        <translation>history export braucht Unterhaltungs-IDs oder --all (nicht beides).</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE (or - to read stdin).</source>
        <translation>history import braucht genau eine FILE (oder -, um von stdin zu lesen).</translation>
    </message>
    <message>
        <source>Use history list, history search, history export or history import.</source>
        <translation>Verwenden Sie history list, history search, history export oder history import.</translation>
    </message>
    <message>
        <source>Cannot read the JSON Schema file %1: %2.</source>
        <translation>Die JSON-Schema-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--json-schema is an option of ask.</source>
        <translation>--json-schema ist eine Option von ask.</translation>
    </message>
    <message>
        <source>Usage:
  confab-cli ask [options] PROMPT|-     stream one answer (- reads the prompt from stdin)
  confab-cli models [options]           list the endpoint&apos;s models
  confab-cli compare -m PROVIDER/MODEL -m MODEL … [options] PROMPT|-
                                        stream 2 to 4 answers at once, then a table of
                                        their metrics (first token, tokens/s, tokens, cost)
  confab-cli providers [--json]         list the providers set up in Confab
  confab-cli keys set NAME              store NAME&apos;s API key in the keychain (read from stdin)
  confab-cli keys delete NAME           remove NAME&apos;s API key from the keychain
  confab-cli history list [--json] [--all]
                                        the saved conversations, newest first (--all: archived too)
  confab-cli history search QUERY [--json]
                                        the messages that contain QUERY
  confab-cli history export ID…|--all [--format md|json] [-o FILE]
                                        write conversations as Markdown or JSON
                                        (default: json for -o *.json, else md)
  confab-cli history import FILE|-      add the conversations of a JSON export

Options:
  --provider NAME       a provider set up in Confab: its address, headers and the key
                        from the keychain (default: $CONFAB_PROVIDER)
  --base-url URL        the API&apos;s base URL (default: $CONFAB_BASE_URL or https://api.openai.com/v1)
  --api-key-env VAR     read the API key from environment variable VAR (default: CONFAB_API_KEY)
  -m, --model M         the model (default: $CONFAB_MODEL); compare: one column each,
                        PROVIDER/MODEL (a provider set up in Confab, its key from the
                        keychain) or MODEL (at --provider / --base-url)
  --system S            a system prompt
  --param KEY=VALUE     a request parameter, repeatable (temperature, top_p, max_tokens,
                        max_completion_tokens, n, stop, seed, reasoning_effort, …)
  --n N                 N answers to the question (--param n=N); ask prints each after
                        a line &quot;--- choice 2 of N ---&quot; (--json: a choices array)
  --image PATH          attach an image (PNG, JPEG, WebP, GIF; scaled down to the
                        longest side set in Confab, 2048 px by default), repeatable
  --file PATH           attach a text file (code, Markdown, CSV, logs) or an image,
                        repeatable
  --json-schema FILE    ask for JSON that follows the JSON Schema in FILE
                        (response_format json_schema, strict; named by the schema&apos;s
                        title, else the file&apos;s name)
  --no-stream           ask for the whole answer at once
  --json                print one JSON object with the result
  --hide-reasoning      do not print the model&apos;s reasoning (stderr)
  --tools LIST          offer tools and run the model&apos;s calls to them; LIST is comma-
                        separated, repeatable: builtin (time, calculator, fetch_url, and
                        read_text_file/list_folder with --allow-folder), mcp:NAME (an MCP
                        server set up in Confab). Each call and its result go to stderr
  --approve MODE        which calls run: read-only (default), all, or none; never asked
                        interactively, a refused call is reported to the model
  --allow-folder DIR    let the built-in file tools read DIR, repeatable
  --max-tool-rounds N   rounds of tool calls before giving up (default 8)
  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, --total-timeout S
  --retries N           retries for 429/5xx before the answer starts (default 2)
  --history FILE        the history database for history commands (default: Confab&apos;s own)

Exit codes: 0 ok, 1 history, file or MCP server problem, 2 usage, 3 network/timeout,
4 auth, 5 other HTTP/server, 6 protocol, 7 stopped at the tool round limit. compare: 0 when
at least one model answered, else the code of the first column&apos;s error.
</source>
        <translation>Aufruf:
  confab-cli ask [Optionen] PROMPT|-    eine Antwort streamen (- liest den Prompt von stdin)
  confab-cli models [Optionen]          die Modelle des Endpunkts auflisten
  confab-cli compare -m PROVIDER/MODEL -m MODEL … [Optionen] PROMPT|-
                                        2 bis 4 Antworten gleichzeitig streamen, danach eine
                                        Tabelle ihrer Messwerte (erstes Token, Tokens/s,
                                        Tokens, Kosten)
  confab-cli providers [--json]         die in Confab eingerichteten Anbieter auflisten
  confab-cli keys set NAME              den API-Schlüssel von NAME im Schlüsselbund speichern
                                        (von stdin gelesen)
  confab-cli keys delete NAME           den API-Schlüssel von NAME aus dem Schlüsselbund entfernen
  confab-cli history list [--json] [--all]
                                        die gespeicherten Unterhaltungen, neueste zuerst
                                        (--all: auch archivierte)
  confab-cli history search QUERY [--json]
                                        die Nachrichten, die QUERY enthalten
  confab-cli history export ID…|--all [--format md|json] [-o FILE]
                                        Unterhaltungen als Markdown oder JSON schreiben
                                        (Standard: json bei -o *.json, sonst md)
  confab-cli history import FILE|-      die Unterhaltungen eines JSON-Exports hinzufügen

Optionen:
  --provider NAME       ein in Confab eingerichteter Anbieter: seine Adresse, Header und der
                        Schlüssel aus dem Schlüsselbund (Standard: $CONFAB_PROVIDER)
  --base-url URL        die Basis-URL der API (Standard: $CONFAB_BASE_URL oder
                        https://api.openai.com/v1)
  --api-key-env VAR     den API-Schlüssel aus der Umgebungsvariablen VAR lesen
                        (Standard: CONFAB_API_KEY)
  -m, --model M         das Modell (Standard: $CONFAB_MODEL); compare: je eine Spalte,
                        PROVIDER/MODEL (ein in Confab eingerichteter Anbieter, sein Schlüssel
                        aus dem Schlüsselbund) oder MODEL (bei --provider / --base-url)
  --system S            ein System-Prompt
  --param KEY=VALUE     ein Anfrageparameter, wiederholbar (temperature, top_p, max_tokens,
                        max_completion_tokens, n, stop, seed, reasoning_effort, …)
  --n N                 N Antworten auf die Frage (--param n=N); ask gibt jede nach einer
                        Zeile „--- Auswahl 2 von N ---“ aus (--json: ein Array choices)
  --image PATH          ein Bild anhängen (PNG, JPEG, WebP, GIF; verkleinert auf die in
                        Confab eingestellte längste Seite, standardmäßig 2048 px), wiederholbar
  --file PATH           eine Textdatei (Code, Markdown, CSV, Logs) oder ein Bild anhängen,
                        wiederholbar
  --json-schema FILE    JSON anfordern, das dem JSON Schema in FILE folgt
                        (response_format json_schema, strict; benannt nach dem title
                        des Schemas, sonst nach dem Dateinamen)
  --no-stream           die ganze Antwort auf einmal anfordern
  --json                ein JSON-Objekt mit dem Ergebnis ausgeben
  --hide-reasoning      den Denkprozess des Modells nicht ausgeben (stderr)
  --tools LIST          Werkzeuge anbieten und die Aufrufe des Modells ausführen; LIST ist
                        kommagetrennt, wiederholbar: builtin (time, calculator, fetch_url und
                        read_text_file/list_folder mit --allow-folder), mcp:NAME (ein in
                        Confab eingerichteter MCP-Server). Jeder Aufruf und sein Ergebnis
                        gehen nach stderr
  --approve MODE        welche Aufrufe laufen: read-only (Standard), all oder none; es wird
                        nie interaktiv gefragt, ein abgelehnter Aufruf wird dem Modell gemeldet
  --allow-folder DIR    die eingebauten Dateiwerkzeuge DIR lesen lassen, wiederholbar
  --max-tool-rounds N   Runden von Werkzeugaufrufen, bevor aufgegeben wird (Standard 8)
  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, --total-timeout S
  --retries N           Wiederholungen bei 429/5xx, bevor die Antwort beginnt (Standard 2)
  --history FILE        die Verlaufsdatenbank für die history-Befehle (Standard: die von Confab)

Exit-Codes: 0 ok, 1 Problem mit Verlauf, Datei oder MCP-Server, 2 Aufruf,
3 Netzwerk/Zeitüberschreitung, 4 Authentifizierung, 5 sonstiges HTTP/Server, 6 Protokoll,
7 am Limit der Werkzeugrunden angehalten. compare: 0, wenn mindestens ein Modell
geantwortet hat, sonst der Code des Fehlers der ersten Spalte.
</translation>
    </message>
    <message>
        <source>%1 is an option of ask.</source>
        <translation>%1 ist eine Option von ask.</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>There is no MCP server named &quot;%1&quot;: none is set up in Confab.</source>
        <translation>Es gibt keinen MCP-Server namens „%1“: In Confab ist keiner eingerichtet.</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; in Confab&apos;s settings (there are: %2).</source>
        <translation>In den Einstellungen von Confab gibt es keinen MCP-Server namens „%1“ (vorhanden: %2).</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is turned off in Confab&apos;s settings.</source>
        <translation>Der MCP-Server „%1“ ist in den Einstellungen von Confab ausgeschaltet.</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not start: %2</source>
        <translation>Der MCP-Server „%1“ ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>--allow-folder %1: there is no such folder.</source>
        <translation>--allow-folder %1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>--approve none runs no tool</source>
        <translation>--approve none führt kein Werkzeug aus</translation>
    </message>
    <message>
        <source>--approve read-only runs only tools that only read, and %1 %2</source>
        <translation>--approve read-only führt nur Werkzeuge aus, die nur lesen, und %1 %2</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>changes files or data</source>
        <translation>ändert Dateien oder Daten</translation>
    </message>
    <message>
        <source>uses the network</source>
        <translation>nutzt das Netzwerk</translation>
    </message>
    <message>
        <source>runs programs</source>
        <translation>führt Programme aus</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>★ Your pick</source>
        <translation>★ Ihre Wahl</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>This answer is the best</source>
        <translation>Diese Antwort ist die beste</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue with this model as a normal conversation</source>
        <translation>Mit diesem Modell als normale Unterhaltung weitermachen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameters of column %1</source>
        <translation>Parameter von Spalte %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop column %1</source>
        <translation>Spalte %1 anhalten</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token nach %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>%1: %2 Retrying in %3 s (attempt %4).</source>
        <translation>%1: %2 Neuer Versuch in %3 s (Versuch %4).</translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation>Das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation>Werkzeugaufruf %1: %2(%3)</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Add at least %1 models to compare.</source>
        <translation>Fügen Sie mindestens %1 Modelle zum Vergleichen hinzu.</translation>
    </message>
    <message>
        <source>Wait for every answer to finish, or stop them first.</source>
        <translation>Warten Sie, bis alle Antworten fertig sind, oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Every model has to answer before you pick the best.</source>
        <translation>Alle Modelle müssen geantwortet haben, bevor Sie die beste Antwort wählen.</translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Best by</source>
        <translation>Beste nach</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>fewest tokens</source>
        <translation>wenigste Tokens</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Order the models by</source>
        <translation>Modelle sortieren nach</translation>
    </message>
</context>
<context>
    <name>CompareTargets</name>
    <message>
        <source>&quot;%1&quot; names no model after the provider.</source>
        <translation>„%1“ nennt nach dem Anbieter kein Modell.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Save the comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)</source>
        <translation>
            <numerusform>%n Modell wird verglichen</numerusform>
            <numerusform>%n Modelle werden verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Hide the model names until you pick the best answer</source>
        <translation>Modellnamen verbergen, bis Sie die beste Antwort gewählt haben</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Scrolling one column scrolls the others to the same place</source>
        <translation>Scrollen in einer Spalte scrollt die anderen an dieselbe Stelle</translation>
    </message>
    <message>
        <source>It&apos;s a tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>You called it a tie</source>
        <translation>Sie haben auf Unentschieden entschieden</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the comparison to a file</source>
        <translation>Vergleich in eine Datei speichern</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Zurück zum Chat</translation>
    </message>
    <message>
        <source>The comparison stays in the history; answers still arriving are kept</source>
        <translation>Der Vergleich bleibt im Verlauf; noch eintreffende Antworten werden behalten</translation>
    </message>
    <message>
        <source>One prompt for every model (Enter to send, Shift+Enter for a new line)</source>
        <translation>Ein Prompt für alle Modelle (Enter zum Senden, Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Prompt for every model</source>
        <translation>Prompt für alle Modelle</translation>
    </message>
    <message>
        <source>to every model</source>
        <translation>an alle Modelle</translation>
    </message>
    <message>
        <source>to %1 only</source>
        <translation>nur an %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Who the prompt goes to</source>
        <translation>Empfänger des Prompts</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>Vergleich von %n Modell</numerusform>
            <numerusform>Vergleich von %n Modellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>Urteil: unentschieden.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>Vergleich in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message>
        <source>Could not read the comparison: %1</source>
        <translation>Der Vergleich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the comparison: %1</source>
        <translation>Der Vergleich konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save your vote: %1</source>
        <translation>Ihre Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message>
        <source>Could not remove the column from the history: %1</source>
        <translation>Die Spalte konnte nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no comparison to save.</source>
        <translation>Es gibt keinen Vergleich zum Speichern.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message: sending keeps the earlier version.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Beim Senden bleibt die frühere Version erhalten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht (Enter zum Senden, Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Attach images or text files</source>
        <translation>Bilder oder Textdateien anhängen</translation>
    </message>
    <message>
        <source>Images and text files (*.png *.jpg *.jpeg *.webp *.gif *.txt *.md *.csv *.log *.json *.xml *.yaml *.yml *.py *.js *.ts *.c *.cpp *.h *.hpp *.rs *.go *.java *.kt *.swift *.sh *.sql *.html *.css *.qml)</source>
        <translation>Bilder und Textdateien (*.png *.jpg *.jpeg *.webp *.gif *.txt *.md *.csv *.log *.json *.xml *.yaml *.yml *.py *.js *.ts *.c *.cpp *.h *.hpp *.rs *.go *.java *.kt *.swift *.sh *.sql *.html *.css *.qml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach images or text files (or drop them here, or paste an image)</source>
        <translation>Bilder oder Textdateien anhängen (oder hier ablegen oder ein Bild einfügen)</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund genannt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped before the answer was complete.</source>
        <translation>Angehalten, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was arriving.</source>
        <translation>Unterbrochen: Confab wurde geschlossen, während diese Antwort eintraf.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistent · %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Tool call:</source>
        <translation>Werkzeugaufruf:</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>Werkzeugergebnis · %1</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date.</source>
        <translation>„%1“ muss ein Datum nach ISO 8601 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, tool call %2</source>
        <translation>%1, Werkzeugaufruf %2</translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation>es muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation>„%1“ ist keine bekannte Rolle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known state.</source>
        <translation>„%1“ ist kein bekannter Zustand.</translation>
    </message>
    <message>
        <source>%1: the message id %2 appears twice.</source>
        <translation>%1: Die Nachrichten-ID %2 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>%1: the parent %2 of message %3 is not in the conversation.</source>
        <translation>%1: Der Vorgänger %2 von Nachricht %3 ist nicht in der Unterhaltung.</translation>
    </message>
    <message>
        <source>%1: the messages&apos; parents form a loop.</source>
        <translation>%1: Die Vorgänger der Nachrichten bilden eine Schleife.</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>Conversation %1, message %2</source>
        <translation>Unterhaltung %1, Nachricht %2</translation>
    </message>
    <message>
        <source>&quot;selected_children&quot; must map ids to ids.</source>
        <translation>„selected_children“ muss IDs auf IDs abbilden.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Confab history export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Die Datei ist kein Verlaufsexport von Confab (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The file has no valid history format &quot;version&quot;.</source>
        <translation>Die Datei hat keine gültige „version“ des Verlaufsformats.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Confab (history format %1; this version reads up to %2). Please update Confab.</source>
        <translation>Die Datei wurde von einer neueren Version von Confab geschrieben (Verlaufsformat %1; diese Version liest bis %2). Bitte aktualisieren Sie Confab.</translation>
    </message>
    <message>
        <source>History format version %1 is not supported.</source>
        <translation>Die Version %1 des Verlaufsformats wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>Die Datei hat keine Liste „conversations“.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Could not import the conversation &quot;%1&quot;: %2</source>
        <translation>Die Unterhaltung „%1“ konnte nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Move out of the archive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>Answering: </source>
        <translation>Antwortet: </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s): </source>
        <translation>
            <numerusform>Vergleich von %n Modell: </numerusform>
            <numerusform>Vergleich von %n Modellen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>Vergleich von %n Modell</numerusform>
            <numerusform>Vergleich von %n Modellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Rename, pin, archive, export, delete</source>
        <translation>Umbenennen, anheften, archivieren, exportieren, löschen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Another program (perhaps another Confab) is using the file.</source>
        <translation>Ein anderes Programm (vielleicht ein anderes Confab) verwendet die Datei.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Conversation database error: %1</source>
        <translation>Fehler der Unterhaltungsdatenbank: %1</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>Die Unterhaltungsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the conversation database %1.</source>
        <translation>Die Unterhaltungsdatenbank %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a conversation database (not an SQLite file); it was left untouched.</source>
        <translation>%1 ist keine Unterhaltungsdatenbank (keine SQLite-Datei); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the conversation database %1.</source>
        <translation>Der Ordner für die Unterhaltungsdatenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>Die Unterhaltungsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable conversation database: %2</source>
        <translation>%1 ist keine verwendbare Unterhaltungsdatenbank: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Confab (schema %2; this version knows up to %3). It was left untouched; please update Confab.</source>
        <translation>%1 wurde von einer neueren Version von Confab geschrieben (Schema %2; diese Version kennt bis %3). Sie wurde nicht verändert; bitte aktualisieren Sie Confab.</translation>
    </message>
    <message>
        <source>Cannot upgrade the conversation database to schema %1: %2</source>
        <translation>Die Unterhaltungsdatenbank kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation>Die Unterhaltung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>A vote needs the comparison it belongs to.</source>
        <translation>Eine Stimme braucht den Vergleich, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>A vote needs at least two answers to choose between.</source>
        <translation>Eine Stimme braucht mindestens zwei Antworten zur Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>The winner of a vote must be one of its %n answers, or a tie.</source>
        <translation>
            <numerusform>Der Gewinner einer Abstimmung muss ihre %n Antwort oder ein Unentschieden sein.</numerusform>
            <numerusform>Der Gewinner einer Abstimmung muss eine ihrer %n Antworten oder ein Unentschieden sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>DemoAnswers</name>
    <message>
        <source>The tool has answered. I will pass its result on in plain words.</source>
        <translation>Das Werkzeug hat geantwortet. Ich gebe sein Ergebnis in einfachen Worten weiter.</translation>
    </message>
    <message>
        <source>You mentioned a tool. The demo offers one function, get_current_time; I will call it for the UTC time zone and answer once its result is back.</source>
        <translation>Sie haben ein Werkzeug erwähnt. Die Demo bietet eine Funktion, get_current_time; ich rufe sie für die Zeitzone UTC auf und antworte, sobald ihr Ergebnis da ist.</translation>
    </message>
    <message>
        <source>You asked for something long. I will write until the token limit cuts me off, so that the window shows an answer that was cut short.</source>
        <translation>Sie haben um etwas Langes gebeten. Ich schreibe, bis mich das Token-Limit abschneidet, damit das Fenster eine abgeschnittene Antwort zeigt.</translation>
    </message>
    <message>
        <source>You wrote %1. Nothing is really thinking here: this is Confab&apos;s offline demo. I will answer with Markdown that shows every part of the chat window, a heading, emphasis, code, a link, lists, a table, a quote and a code block, and stream it in small pieces so that it visibly grows.</source>
        <translation>Sie haben %1 geschrieben. Hier denkt nichts wirklich nach: Dies ist die Offline-Demo von Confab. Ich antworte mit Markdown, das jeden Teil des Chatfensters zeigt – eine Überschrift, Hervorhebung, Code, einen Link, Listen, eine Tabelle, ein Zitat und einen Codeblock – und streame es in kleinen Stücken, damit es sichtbar wächst.</translation>
    </message>
    <message>
        <source>nothing in words</source>
        <translation>nichts in Worten</translation>
    </message>
    <message>
        <source>## A tour of the chat window

You wrote %1. This answer comes from **Confab&apos;s offline demo**: no model and no API key are involved, every answer is canned. Inline code looks like `%2`, and a link looks like [the chat completions reference](%3).

Things to try next:

- Ask for a **tool** to see a tool call.
- Ask for something **long** to see an answer cut at its limit.
- Pick `confab-demo` to get answers without reasoning.

Your first steps:

- [x] Stream an answer
- [ ] Connect a real provider

| Part | Shown as |
|---|---|
| Reasoning | a section you can fold |
| Code | a block you can copy |

&gt; A block quote: for the words of others.

</source>
        <translation>## Ein Rundgang durch das Chatfenster

Sie haben %1 geschrieben. Diese Antwort stammt aus der **Offline-Demo von Confab**: Es sind weder ein Modell noch ein API-Schlüssel beteiligt, jede Antwort ist vorgefertigt. Inline-Code sieht so aus: `%2`, und ein Link so: [die Referenz zu Chat Completions](%3).

Was Sie als Nächstes ausprobieren können:

- Bitten Sie um ein **tool**, um einen Werkzeugaufruf zu sehen.
- Bitten Sie um etwas **long**, um eine an ihrem Limit abgeschnittene Antwort zu sehen.
- Wählen Sie `confab-demo`, um Antworten ohne Denkprozess zu erhalten.

Ihre ersten Schritte:

- [x] Eine Antwort streamen
- [ ] Einen echten Anbieter verbinden

| Teil | Dargestellt als |
|---|---|
| Denkprozess | ein Abschnitt, den Sie einklappen können |
| Code | ein Block, den Sie kopieren können |

&gt; Ein Blockzitat: für die Worte anderer.

</translation>
    </message>
    <message>
        <source>This answer comes from Confab&apos;s offline demo and is long on purpose: it runs into the token limit and stops mid-sentence, as a real model does when it reaches max_tokens.</source>
        <translation>Diese Antwort stammt aus der Offline-Demo von Confab und ist absichtlich lang: Sie läuft in das Token-Limit und bricht mitten im Satz ab, wie es ein echtes Modell tut, wenn es max_tokens erreicht.</translation>
    </message>
    <message>
        <source>Paragraph %1. A real model would keep writing about your question here; the demo repeats itself until the limit stops it.</source>
        <translation>Absatz %1. Ein echtes Modell würde hier weiter über Ihre Frage schreiben; die Demo wiederholt sich, bis das Limit sie anhält.</translation>
    </message>
    <message>
        <source>The tool answered: %1</source>
        <translation>Das Werkzeug hat geantwortet: %1</translation>
    </message>
    <message>
        <source>The tool %1 answered: %2</source>
        <translation>Das Werkzeug %1 hat geantwortet: %2</translation>
    </message>
    <message>
        <source>This reply comes from Confab&apos;s offline demo, which only repeats what the tool returned.</source>
        <translation>Diese Antwort stammt aus der Offline-Demo von Confab, die nur wiederholt, was das Werkzeug zurückgegeben hat.</translation>
    </message>
    <message>
        <source>This JSON comes from Confab&apos;s offline demo.</source>
        <translation>Dieses JSON stammt aus der Offline-Demo von Confab.</translation>
    </message>
    <message>
        <source>You asked for JSON. I will answer with one JSON object, which the window shows formatted, foldable and checked.</source>
        <translation>Sie haben um JSON gebeten. Ich antworte mit einem JSON-Objekt, das das Fenster formatiert, einklappbar und geprüft anzeigt.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MB.</source>
        <translation>Der Anfragekörper ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Unknown path %1 %2: the demo server answers GET /v1/models and POST /v1/chat/completions.</source>
        <translation>Unbekannter Pfad %1 %2: Der Demo-Server beantwortet GET /v1/models und POST /v1/chat/completions.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Anfragekörper ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; does not exist. The demo offers confab-demo and confab-demo-reasoner.</source>
        <translation>Das Modell „%1“ existiert nicht. Die Demo bietet confab-demo und confab-demo-reasoner.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty array.</source>
        <translation>„messages“ muss ein nicht leeres Array sein.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>Confab talks to any service with an OpenAI-compatible API. Pick yours to set it up; you can add more later in Settings (Ctrl+,).</source>
        <translation>Confab spricht mit jedem Dienst, der eine OpenAI-kompatible API hat. Wählen Sie Ihren aus, um ihn einzurichten; weitere können Sie später in den Einstellungen (Ctrl+,) hinzufügen.</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <source>Or look around first: the offline demo answers from this computer, with no network and no key.</source>
        <translation>Oder sehen Sie sich zuerst um: Die Offline-Demo antwortet von diesem Computer aus, ohne Netzwerk und ohne Schlüssel.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Offline-Demo ausprobieren</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>Die Demo konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Answers come in the language you write in; this changes Confab&apos;s own words. Texts already on screen, such as error messages, change the next time they are shown.</source>
        <translation>Antworten kommen in der Sprache, in der Sie schreiben; dies ändert die Texte von Confab selbst. Bereits angezeigte Texte, etwa Fehlermeldungen, ändern sich, wenn sie das nächste Mal gezeigt werden.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me when a long answer is ready while I am in another window</source>
        <translation>Mich benachrichtigen, wenn eine lange Antwort fertig ist, während ich in einem anderen Fenster bin</translation>
    </message>
</context>
<context>
    <name>GrantedFolders</name>
    <message>
        <source>No folder is shared with tools; the user can share one in Settings.</source>
        <translation>Kein Ordner ist für Werkzeuge freigegeben; der Benutzer kann einen in den Einstellungen freigeben.</translation>
    </message>
    <message>
        <source>No path was given.</source>
        <translation>Es wurde kein Pfad angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is outside the folders shared with tools (%2).</source>
        <translation>%1 liegt außerhalb der für Werkzeuge freigegebenen Ordner (%2).</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Auf die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>There is no history at %1 yet.</source>
        <translation>Unter %1 gibt es noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>[pinned] </source>
        <translation>[angeheftet] </translation>
    </message>
    <message>
        <source>[archived] </source>
        <translation>[archiviert] </translation>
    </message>
    <message>
        <source>No conversations yet.
</source>
        <translation>Noch keine Unterhaltungen.
</translation>
    </message>
    <message>
        <source>%1 (conversation %2, message %3)
    %4
</source>
        <translation>%1 (Unterhaltung %2, Nachricht %3)
    %4
</translation>
    </message>
    <message>
        <source>No message contains &quot;%1&quot;.
</source>
        <translation>Keine Nachricht enthält „%1“.
</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported 1 conversation.
</source>
        <translation>1 Unterhaltung importiert.
</translation>
    </message>
    <message>
        <source>Imported %1 conversations.
</source>
        <translation>%1 Unterhaltungen importiert.
</translation>
    </message>
    <message>
        <source>%1 of them came in as copies with new ids: theirs were already taken.
</source>
        <translation>%1 davon wurden als Kopien mit neuen IDs übernommen: Ihre IDs waren bereits vergeben.
</translation>
    </message>
    <message>
        <source>The file holds no conversations; nothing was imported.
</source>
        <translation>Die Datei enthält keine Unterhaltungen; es wurde nichts importiert.
</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Could not read from the history: %1</source>
        <translation>Lesen aus dem Verlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not save to the history: %1</source>
        <translation>Speichern im Verlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>Löschen aus dem Verlauf fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryFileDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>“%1” exportieren</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Confab history, JSON (*.json)</source>
        <translation>Confab-Verlauf, JSON (*.json)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>There is no conversation to export yet.</source>
        <translation>Es gibt noch keine Unterhaltung zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert.</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s), then stopped: %1</source>
        <translation>
            <numerusform>%n Unterhaltung importiert, dann abgebrochen: %1</numerusform>
            <numerusform>%n Unterhaltungen importiert, dann abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already existed and came in as copies.</source>
        <translation>
            <numerusform>%n davon existierte bereits und wurde als Kopie übernommen.</numerusform>
            <numerusform>%n davon existierten bereits und wurden als Kopien übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>%1 answered with a redirect (%2) but no address to go to.</source>
        <translation>%1 antwortete mit einer Weiterleitung (%2), aber ohne Zieladresse.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; giving up.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet; Abbruch.</translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure address to an insecure one (%2); Confab refused.</source>
        <translation>%1 wollte von einer sicheren auf eine unsichere Adresse weiterleiten (%2); Confab hat abgelehnt.</translation>
    </message>
    <message>
        <source>%1 moved this address (%2) to %3. Change the base URL to the new address.</source>
        <translation>%1 hat diese Adresse (%2) nach %3 verschoben. Ändern Sie die Basis-URL auf die neue Adresse.</translation>
    </message>
    <message>
        <source>Could not reach %1 within %2 s. Check the address and your connection.</source>
        <translation>%1 war innerhalb von %2 s nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>%1 accepted the request but sent no answer within %2 s.</source>
        <translation>%1 hat die Anfrage angenommen, aber innerhalb von %2 s keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s; the answer stalled.</source>
        <translation>%1 hat %2 s lang nichts gesendet; die Antwort ist ins Stocken geraten.</translation>
    </message>
    <message>
        <source>The answer from %1 took longer than the limit of %2 s.</source>
        <translation>Die Antwort von %1 hat das Limit von %2 s überschritten.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the base URL and your connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the server running at %2?</source>
        <translation>%1 hat die Verbindung abgelehnt. Läuft der Server unter %2?</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 hat die Verbindung unerwartet getrennt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Confab does not ignore certificate errors.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Confab ignoriert keine Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy failed while reaching %1: %2</source>
        <translation>Der Proxy ist beim Verbinden mit %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ImageRefusal</name>
    <message>
        <source>This model may not accept images: choose a model that can see images, or ask again without them.</source>
        <translation>Dieses Modell nimmt möglicherweise keine Bilder an: Wählen Sie ein Modell, das Bilder sehen kann, oder fragen Sie erneut ohne sie.</translation>
    </message>
</context>
<context>
    <name>JsonBlock</name>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>JSON answer</source>
        <translation>JSON-Antwort</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message>
        <source>✓ valid JSON</source>
        <translation>✓ gültiges JSON</translation>
    </message>
    <message>
        <source>✗ invalid at character %1: %2</source>
        <translation>✗ ungültig bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>✓ matches the schema</source>
        <translation>✓ entspricht dem Schema</translation>
    </message>
    <message>
        <source>✗ does not match the schema: %1</source>
        <translation>✗ entspricht nicht dem Schema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>A native chat client for OpenAI-compatible APIs.</source>
        <translation>Ein nativer Chat-Client für OpenAI-kompatible APIs.</translation>
    </message>
    <message>
        <source>Try Confab with a built-in offline demo server.</source>
        <translation>Confab mit einem eingebauten Offline-Demo-Server ausprobieren.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s base URL, e.g. http://localhost:11434/v1.</source>
        <translation>Die Basis-URL des Endpunkts, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The model to start with.</source>
        <translation>Das Modell, mit dem begonnen wird.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light oder dark.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>The conversation history file to use instead of the one in the data folder.</source>
        <translation>Die Verlaufsdatei, die statt der im Datenordner verwendet wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL, e.g. https://api.openai.com/v1.</source>
        <translation>Die Basis-URL muss eine http- oder https-URL sein, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme nimmt system, light oder dark.</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Blind votes only</source>
        <translation>Nur blinde Stimmen</translation>
    </message>
    <message>
        <source>Win rate counts a tie as half a win; the range is where the true rate lies with 95 % confidence.</source>
        <translation>Die Gewinnquote zählt ein Unentschieden als halben Sieg; der Bereich gibt an, wo die wahre Quote mit 95 % Konfidenz liegt.</translation>
    </message>
    <message>
        <source>No votes yet: pick the best answer of a comparison to start.</source>
        <translation>Noch keine Stimmen: Wählen Sie die beste Antwort eines Vergleichs, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 W · %2 L · %3 T</source>
        <translation>%1 S · %2 N · %3 U</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message numerus="yes">
        <source>no results yet, %n vote(s)</source>
        <translation>
            <numerusform>noch keine Ergebnisse, %n Stimme</numerusform>
            <numerusform>noch keine Ergebnisse, %n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n vote(s)</source>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n Stimme</numerusform>
            <numerusform>%1 % (%2–%3 %), %n Stimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab — offline demo</source>
        <translation>Confab — Offline-Demo</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>Start a new history (the old file is kept)</source>
        <translation>Neuen Verlauf beginnen (die alte Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>The unreadable file is renamed and kept next to the new one.</source>
        <translation>Die unlesbare Datei wird umbenannt und neben der neuen aufbewahrt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try opening the history again</source>
        <translation>Erneut versuchen, den Verlauf zu öffnen</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>Der Server wurde beendet.</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s.</source>
        <translation>%1 hat %2 nicht innerhalb von %3 s beantwortet.</translation>
    </message>
    <message>
        <source>%1 refused to start: %2</source>
        <translation>%1 hat den Start verweigert: %2</translation>
    </message>
    <message>
        <source>%1 speaks MCP %2; Confab knows %3.</source>
        <translation>%1 spricht MCP %2; Confab kennt %3.</translation>
    </message>
    <message>
        <source>%1 did not list its tools: %2</source>
        <translation>%1 hat seine Werkzeuge nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>The MCP server %1 is not running.</source>
        <translation>Der MCP-Server %1 läuft nicht.</translation>
    </message>
    <message>
        <source>[not JSON-RPC on stdout] %1</source>
        <translation>[kein JSON-RPC auf stdout] %1</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>%1; starting it again (%2 of %3).</source>
        <translation>%1; wird erneut gestartet (%2 von %3).</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>It should be an object with a &quot;command&quot;, but it is %1.</source>
        <translation>Es sollte ein Objekt mit einem „command“ sein, ist aber %1.</translation>
    </message>
    <message>
        <source>It is a remote server; Confab supports only servers it starts itself (stdio) for now.</source>
        <translation>Es ist ein entfernter Server; Confab unterstützt vorerst nur Server, die es selbst startet (stdio).</translation>
    </message>
    <message>
        <source>It is a remote server (%1); Confab supports only servers it starts itself (stdio) for now.</source>
        <translation>Es ist ein entfernter Server (%1); Confab unterstützt vorerst nur Server, die es selbst startet (stdio).</translation>
    </message>
    <message>
        <source>Its &quot;type&quot; is %1; Confab knows only &quot;stdio&quot;.</source>
        <translation>Sein „type“ ist %1; Confab kennt nur „stdio“.</translation>
    </message>
    <message>
        <source>It has no &quot;command&quot; to start.</source>
        <translation>Es hat kein „command“ zum Starten.</translation>
    </message>
    <message>
        <source>Its &quot;command&quot; should be a program&apos;s name or path, but it is %1.</source>
        <translation>Sein „command“ sollte der Name oder Pfad eines Programms sein, ist aber %1.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should be an array of strings, but it is %1.</source>
        <translation>Seine „args“ sollten ein Array von Zeichenketten sein, sind aber %1.</translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should hold only strings, but item %1 is %2.</source>
        <translation>Seine „args“ sollten nur Zeichenketten enthalten, aber Eintrag %1 ist %2.</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; should be an object of strings, but it is %1.</source>
        <translation>Sein „env“ sollte ein Objekt aus Zeichenketten sein, ist aber %1.</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; has &quot;%1&quot;, which cannot be the name of an environment variable.</source>
        <translation>Sein „env“ enthält „%1“, was kein Name einer Umgebungsvariablen sein kann.</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; value of %1 should be a string, but it is %2.</source>
        <translation>Der „env“-Wert von %1 sollte eine Zeichenkette sein, ist aber %2.</translation>
    </message>
    <message>
        <source>Its &quot;disabled&quot; should be true or false, but it is %1.</source>
        <translation>Sein „disabled“ sollte true oder false sein, ist aber %1.</translation>
    </message>
    <message>
        <source>Its name has no letter or digit a server name can use.</source>
        <translation>Sein Name enthält keinen Buchstaben und keine Ziffer, die ein Servername verwenden kann.</translation>
    </message>
</context>
<context>
    <name>McpServerSettings</name>
    <message>
        <source>%1: imported.</source>
        <translation>%1: importiert.</translation>
    </message>
    <message>
        <source>%1: imported as %2.</source>
        <translation>%1: importiert als %2.</translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation>%1: nicht importiert.</translation>
    </message>
    <message>
        <source>A server&apos;s name may have letters, digits, &quot;-&quot; and &quot;_&quot;, at most %1 of them.</source>
        <translation>Der Name eines Servers darf Buchstaben, Ziffern, „-“ und „_“ enthalten, höchstens %1 davon.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the name of an environment variable.</source>
        <translation>„%1“ kann nicht der Name einer Umgebungsvariablen sein.</translation>
    </message>
    <message>
        <source>The time limit for an answer must be more than zero.</source>
        <translation>Das Zeitlimit für eine Antwort muss größer als null sein.</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>Ein anderer Server heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Server namens „%1“.</translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is stored in the system keychain.</source>
        <translation>%1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so %1 is kept in memory until Confab quits; it is not saved. The keychain said: %2</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden, daher wird %1 bis zum Beenden von Confab im Speicher gehalten; es wird nicht gesichert. Der Schlüsselbund meldete: %2</translation>
    </message>
    <message>
        <source>The server was removed meanwhile.</source>
        <translation>Der Server wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the system keychain: %2</source>
        <translation>Die Geheimnisse von %1 konnten nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot start: the system keychain has no value for %2. Enter it in the server&apos;s settings.</source>
        <translation>%1 kann nicht starten: Der Schlüsselbund des Systems hat keinen Wert für %2. Geben Sie ihn in den Einstellungen des Servers ein.</translation>
    </message>
    <message>
        <source>the keychain is not available.</source>
        <translation>der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Das ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file should hold a JSON object with &quot;mcpServers&quot;.</source>
        <translation>Die Datei sollte ein JSON-Objekt mit „mcpServers“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; should be an object of servers by name.</source>
        <translation>„mcpServers“ sollte ein Objekt mit Servern nach Namen sein.</translation>
    </message>
    <message>
        <source>The file lists no servers.</source>
        <translation>Die Datei enthält keine Server.</translation>
    </message>
    <message>
        <source>Another server of this file already took the name %1.</source>
        <translation>Ein anderer Server dieser Datei hat den Namen %1 bereits belegt.</translation>
    </message>
    <message>
        <source>A server called %1 is already configured; it was left as it is.</source>
        <translation>Ein Server namens %1 ist bereits eingerichtet; er wurde belassen, wie er ist.</translation>
    </message>
    <message>
        <source>The name %1 was taken.</source>
        <translation>Der Name %1 war vergeben.</translation>
    </message>
    <message>
        <source>A server&apos;s name may have only letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Der Name eines Servers darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>It is disabled, as in the file.</source>
        <translation>Er ist deaktiviert, wie in der Datei.</translation>
    </message>
    <message>
        <source>Its tool approvals (%1) were not taken over: Confab asks you itself.</source>
        <translation>Seine Werkzeugfreigaben (%1) wurden nicht übernommen: Confab fragt Sie selbst.</translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Its environment values could not be stored: the keychain is not available.</source>
        <translation>Seine Umgebungswerte konnten nicht gespeichert werden: Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so its environment values are kept in memory until Confab quits; they are not saved. The keychain said: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden, daher werden seine Umgebungswerte bis zum Beenden von Confab im Speicher gehalten; sie werden nicht gesichert. Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading its secrets…</source>
        <translation>Liest seine Geheimnisse…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Starting again (%1 of %2)…</source>
        <translation>Startet erneut (%1 von %2)…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s)</source>
        <translation>
            <numerusform>Bereit: %n Werkzeug</numerusform>
            <numerusform>Bereit: %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be offered: names taken or too long)</source>
        <translation>
            <numerusform>(%n weiteres konnte nicht angeboten werden: Name vergeben oder zu lang)</numerusform>
            <numerusform>(%n weitere konnten nicht angeboten werden: Namen vergeben oder zu lang)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(%n-mal neu gestartet)</numerusform>
            <numerusform>(%n-mal neu gestartet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>Saved. Confab starts %1 now.</source>
        <translation>Gespeichert. Confab startet %1 jetzt.</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import servers from an mcpServers JSON file</source>
        <translation>Server aus einer mcpServers-JSON-Datei importieren</translation>
    </message>
    <message>
        <source>No server yet. Add one below, or import the mcpServers file of another app (Claude Desktop, Cursor, VS Code).</source>
        <translation>Noch kein Server. Fügen Sie unten einen hinzu oder importieren Sie die mcpServers-Datei einer anderen App (Claude Desktop, Cursor, VS Code).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Hide log</source>
        <translation>Protokoll ausblenden</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What %1 wrote to its error output</source>
        <translation>Was %1 in seine Fehlerausgabe geschrieben hat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Run every tool of %1 without asking</source>
        <translation>Alle Werkzeuge von %1 ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>files</source>
        <translation>dateien</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>npx</source>
        <translation>npx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eines pro Zeile</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>Argumente, eines pro Zeile</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>NAME=value, one per line; values are kept in the keychain</source>
        <translation>NAME=Wert, einer pro Zeile; Werte werden im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>Umgebungsvariablen, NAME=Wert pro Zeile</translation>
    </message>
    <message>
        <source>Add and start</source>
        <translation>Hinzufügen und starten</translation>
    </message>
</context>
<context>
    <name>MessageFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token nach %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept.</source>
        <translation>Angehalten. Das Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed before the answer finished. What was saved is kept.</source>
        <translation>Unterbrochen: Confab wurde geschlossen, bevor die Antwort fertig war. Das Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cut off: max tokens</source>
        <translation>Abgeschnitten: maximale Tokens</translation>
    </message>
    <message>
        <source>Stopped by the provider&apos;s content filter</source>
        <translation>Vom Inhaltsfilter des Anbieters angehalten</translation>
    </message>
    <message>
        <source>The model asked to use tools</source>
        <translation>Das Modell möchte Werkzeuge verwenden</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Thought for %1</source>
        <translation>%1 nachgedacht</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>ModelCapabilitiesEditor</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>What the models take</source>
        <translation>Was die Modelle annehmen</translation>
    </message>
    <message>
        <source>Confab learns this from answers and from the provider&apos;s model list. What you choose here stays.</source>
        <translation>Confab lernt das aus Antworten und aus der Modellliste des Anbieters. Was Sie hier wählen, bleibt bestehen.</translation>
    </message>
    <message>
        <source>No models yet: use one, or add it below.</source>
        <translation>Noch keine Modelle: Verwenden Sie eines, oder fügen Sie es unten hinzu.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another model, e.g. gpt-4o</source>
        <translation>Ein weiteres Modell, z. B. gpt-4o</translation>
    </message>
    <message>
        <source>Model to describe</source>
        <translation>Zu beschreibendes Modell</translation>
    </message>
    <message>
        <source>Mark as text only</source>
        <translation>Als reines Textmodell markieren</translation>
    </message>
    <message>
        <source>Mark this model as not seeing images</source>
        <translation>Dieses Modell als Modell ohne Bildverständnis markieren</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>%1 answered the model list with something that is not a list of models.</source>
        <translation>%1 hat auf die Modellabfrage mit etwas geantwortet, das keine Liste von Modellen ist.</translation>
    </message>
</context>
<context>
    <name>ModelParameters</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (ist %4).</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1.</source>
        <translation>max_tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>max_completion_tokens must be at least 1.</source>
        <translation>max_completion_tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>n must be between 1 and 128 (it is %1).</source>
        <translation>n muss zwischen 1 und 128 liegen (ist %1).</translation>
    </message>
    <message>
        <source>At most 4 stop sequences are allowed (there are %1).</source>
        <translation>Höchstens 4 Stoppsequenzen sind erlaubt (es sind %1).</translation>
    </message>
    <message>
        <source>A stop sequence cannot be empty.</source>
        <translation>Eine Stoppsequenz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>logit_bias keys must be token ids (numbers), not &quot;%1&quot;.</source>
        <translation>Die Schlüssel von logit_bias müssen Token-IDs (Zahlen) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>logit_bias values must be between -100 and 100 (token %1 has %2).</source>
        <translation>Die Werte von logit_bias müssen zwischen -100 und 100 liegen (Token %1 hat %2).</translation>
    </message>
    <message>
        <source>user cannot be empty when it is set.</source>
        <translation>user darf nicht leer sein, wenn es gesetzt ist.</translation>
    </message>
    <message>
        <source>reasoning_effort must be none, minimal, low, medium, high or xhigh, not &quot;%1&quot;.</source>
        <translation>reasoning_effort muss none, minimal, low, medium, high oder xhigh sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>logit_bias needs a JSON object such as {&quot;50256&quot;: -100}.</source>
        <translation>logit_bias braucht ein JSON-Objekt wie {&quot;50256&quot;: -100}.</translation>
    </message>
    <message>
        <source>logit_bias values must be whole numbers.</source>
        <translation>Die Werte von logit_bias müssen ganze Zahlen sein.</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;. Known parameters: %2.</source>
        <translation>Unbekannter Parameter „%1“. Bekannte Parameter: %2.</translation>
    </message>
    <message>
        <source>tool_choice must be &quot;none&quot;, &quot;auto&quot;, &quot;required&quot; or a function, not &quot;%1&quot;.</source>
        <translation>tool_choice muss &quot;none&quot;, &quot;auto&quot;, &quot;required&quot; oder eine Funktion sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>tool_choice as an object must be {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:…}}.</source>
        <translation>tool_choice als Objekt muss {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:…}} sein.</translation>
    </message>
    <message>
        <source>response_format json_schema needs json_schema.name.</source>
        <translation>response_format json_schema braucht json_schema.name.</translation>
    </message>
    <message>
        <source>response_format type must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>Der Typ von response_format muss &quot;text&quot;, &quot;json_object&quot; oder &quot;json_schema&quot; sein.</translation>
    </message>
    <message>
        <source>response_format json_schema.name may have only letters, digits, _ and - (at most 64), not &quot;%1&quot;.</source>
        <translation>response_format json_schema.name darf nur Buchstaben, Ziffern, _ und - enthalten (höchstens 64), nicht „%1“.</translation>
    </message>
    <message>
        <source>response_format json_schema.schema must be a JSON object.</source>
        <translation>response_format json_schema.schema muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>ModelPrices</name>
    <message>
        <source>Name the model the price is for.</source>
        <translation>Geben Sie das Modell an, für das der Preis gilt.</translation>
    </message>
    <message>
        <source>A price is US dollars per million tokens, from 0 to %1.</source>
        <translation>Ein Preis ist in US-Dollar pro Million Tokens anzugeben, von 0 bis %1.</translation>
    </message>
</context>
<context>
    <name>NetworkOptions</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Applied. New requests use these settings.</source>
        <translation>Übernommen. Neue Anfragen verwenden diese Einstellungen.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>z. B. proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>z. B. 8080</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>A PEM file with extra certificate authorities to trust besides the system&apos;s, such as your company&apos;s or a local server&apos;s. Certificate errors are never ignored.</source>
        <translation>Eine PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen neben denen des Systems vertraut wird, etwa die Ihrer Firma oder eines lokalen Servers. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>None; e.g. /etc/ssl/company-ca.pem</source>
        <translation>Keine; z. B. /etc/ssl/company-ca.pem</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the network settings</source>
        <translation>Netzwerkeinstellungen übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to the applied network settings</source>
        <translation>Auf die übernommenen Netzwerkeinstellungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>NewComparisonDialog</name>
    <message>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Two to four models answer the same prompt side by side. Leave a row empty to use fewer.</source>
        <translation>Zwei bis vier Modelle beantworten denselben Prompt nebeneinander. Lassen Sie eine Zeile leer, um weniger zu verwenden.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>OutputFormatField</name>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Paste a JSON Schema; its &quot;title&quot; names it</source>
        <translation>Fügen Sie ein JSON Schema ein; sein „title“ gibt ihm den Namen</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;, strict.</source>
        <translation>Gesendet als „%1“, strict.</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>ParameterSet</name>
    <message>
        <source>No conversation is open.</source>
        <translation>Keine Unterhaltung ist geöffnet.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation>Unbekanntes Ausgabeformat „%1“.</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>0–2, e.g. 0.7</source>
        <translation>0–2, z. B. 0.7</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation>z. B. 1024</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>low, medium or high</source>
        <translation>low, medium oder high</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
    <message>
        <source>Reset all to provider defaults</source>
        <translation>Alle auf die Standardwerte des Anbieters zurücksetzen</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>Werkzeuge in dieser Unterhaltung</translation>
    </message>
    <message>
        <source>No tools are set up.</source>
        <translation>Es sind keine Werkzeuge eingerichtet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offer %1 in this conversation</source>
        <translation>%1 in dieser Unterhaltung anbieten</translation>
    </message>
    <message>
        <source>%1 is marked as not taking a reasoning effort: it is left out of requests (Settings → Providers).</source>
        <translation>%1 ist als Modell ohne Denkaufwand markiert: Er wird in Anfragen weggelassen (Einstellungen → Anbieter).</translation>
    </message>
    <message>
        <source>%1 does not take tools: none are offered to it (Settings → Providers).</source>
        <translation>%1 nimmt keine Werkzeuge an: Es werden ihm keine angeboten (Einstellungen → Anbieter).</translation>
    </message>
</context>
<context>
    <name>PluginTool</name>
    <message>
        <source>the plugin gave an empty tool</source>
        <translation>das Plugin lieferte ein leeres Werkzeug</translation>
    </message>
    <message>
        <source>the tool name &quot;%1&quot; is not 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>der Werkzeugname „%1“ besteht nicht aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>the tool %1 has no description</source>
        <translation>das Werkzeug %1 hat keine Beschreibung</translation>
    </message>
    <message>
        <source>the parameters of %1 are not a JSON Schema of type &quot;object&quot;</source>
        <translation>die Parameter von %1 sind kein JSON Schema vom Typ „object“</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>any provider</source>
        <translation>jeder Anbieter</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Prices, in US dollars per million tokens</source>
        <translation>Preise in US-Dollar pro Million Tokens</translation>
    </message>
    <message>
        <source>Comparisons show what an answer cost when its provider does not say. Confab ships no prices: enter the ones your providers charge. A price for &quot;any provider&quot; applies where no provider-specific one is set.</source>
        <translation>Vergleiche zeigen, was eine Antwort gekostet hat, wenn ihr Anbieter es nicht mitteilt. Confab liefert keine Preise mit: Geben Sie die Preise Ihrer Anbieter ein. Ein Preis für „jeder Anbieter“ gilt, wo kein anbieterspezifischer gesetzt ist.</translation>
    </message>
    <message>
        <source>No price yet.</source>
        <translation>Noch kein Preis.</translation>
    </message>
    <message>
        <source>in $%1 · out $%2</source>
        <translation>Eingabe $%1 · Ausgabe $%2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>Preis von %1 entfernen</translation>
    </message>
    <message>
        <source>Add or change a price</source>
        <translation>Preis hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>gpt-5.4-mini</source>
        <translation>gpt-5.4-mini</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>dollars per million input tokens</source>
        <translation>Dollar pro Million Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Input price per million tokens</source>
        <translation>Eingabepreis pro Million Tokens</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>dollars per million output tokens</source>
        <translation>Dollar pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Output price per million tokens</source>
        <translation>Ausgabepreis pro Million Tokens</translation>
    </message>
    <message>
        <source>Save price</source>
        <translation>Preis speichern</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider has no id.</source>
        <translation>Ein Anbieter hat keine ID.</translation>
    </message>
    <message>
        <source>Provider %1 has no name.</source>
        <translation>Anbieter %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Provider %1 has no base URL.</source>
        <translation>Anbieter %1 hat keine Basis-URL.</translation>
    </message>
    <message>
        <source>Provider %1 has a base URL that is not http(s): %2</source>
        <translation>Anbieter %1 hat eine Basis-URL, die nicht http(s) ist: %2</translation>
    </message>
    <message>
        <source>Provider %1 has a bad extra header: %2</source>
        <translation>Anbieter %1 hat einen fehlerhaften zusätzlichen Header: %2</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Key stored in the keychain</source>
        <translation>Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>Noch kein Schlüssel</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>Kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>Schlüssel nur für diese Sitzung gehalten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://example.com/v1</source>
        <translation>https://example.com/v1</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Optional, e.g. gpt-4o-mini</source>
        <translation>Optional, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>Extra headers, one &quot;Name: value&quot; per line</source>
        <translation>Zusätzliche Header, einer pro Zeile als „Name: Wert“</translation>
    </message>
    <message>
        <source>Needs an API key</source>
        <translation>Braucht einen API-Schlüssel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Anbieter speichern</translation>
    </message>
    <message>
        <source>Key state unknown: the keychain could not be read</source>
        <translation>Schlüsselstatus unbekannt: Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the key while held</source>
        <translation>Schlüssel anzeigen, solange gedrückt</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store the key in the keychain</source>
        <translation>Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation>Den Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Get a key at %1</source>
        <translation>Schlüssel erhalten unter %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Die Adresse kopieren</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Diesen Anbieter verwenden</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Your providers</source>
        <translation>Ihre Anbieter</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the provider</source>
        <translation>Anbieter duplizieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and the key stored for it? This cannot be undone.</source>
        <translation>“%1” und den dafür gespeicherten Schlüssel entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ProviderResolver</name>
    <message>
        <source>none yet; add one in Confab&apos;s settings</source>
        <translation>noch keiner; fügen Sie einen in den Einstellungen von Confab hinzu</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. Set up: %2.</source>
        <translation>Es gibt keinen Anbieter „%1“. Eingerichtet: %2.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no base URL yet.</source>
        <translation>Der Anbieter „%1“ hat noch keine Basis-URL.</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Store one with: confab-cli keys set &quot;%1&quot; (it reads the key from stdin).</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Speichern Sie einen mit: confab-cli keys set &quot;%1&quot; (liest den Schlüssel von stdin).</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1). Give the key for this run with --api-key-env VARIABLE.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%1). Geben Sie den Schlüssel für diesen Lauf mit --api-key-env VARIABLE an.</translation>
    </message>
    <message>
        <source>%1 has no default model: choose one with --model.</source>
        <translation>%1 hat kein Standardmodell: Wählen Sie eines mit --model.</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Diesen Anbieter gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Anbieter einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, e.g. https://api.openai.com/v1.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Write each extra header as &quot;Name: value&quot; on its own line.</source>
        <translation>Schreiben Sie jeden zusätzlichen Header als „Name: Wert“ in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>An extra header has a name or value that cannot be sent.</source>
        <translation>Ein zusätzlicher Header hat einen Namen oder Wert, der nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>Another provider is already called &quot;%1&quot;.</source>
        <translation>Ein anderer Anbieter heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Paste or type the key first.</source>
        <translation>Fügen Sie zuerst den Schlüssel ein oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key is kept in memory until Confab quits; it is not saved.</source>
        <translation>Der Schlüssel wird bis zum Beenden von Confab im Speicher gehalten; er wird nicht gesichert.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL first.</source>
        <translation>Geben Sie zuerst die Basis-URL des Anbieters ein.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n models.</source>
        <translation>
            <numerusform>Verbunden: %n Modell.</numerusform>
            <numerusform>Verbunden: %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Geben Sie Host und Port des Proxys ein.</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. See: confab-cli providers</source>
        <translation>Es gibt keinen Anbieter „%1“. Siehe: confab-cli providers</translation>
    </message>
    <message>
        <source>No providers yet. Add one in Confab&apos;s settings.
</source>
        <translation>Noch keine Anbieter. Fügen Sie einen in den Einstellungen von Confab hinzu.
</translation>
    </message>
    <message>
        <source>No key arrived on stdin; nothing was stored.</source>
        <translation>Auf stdin kam kein Schlüssel an; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.
</source>
        <translation>Der Schlüssel für %1 wurde im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Der Schlüssel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>No key was stored for %1.
</source>
        <translation>Für %1 war kein Schlüssel gespeichert.
</translation>
    </message>
    <message>
        <source>Removed the key for %1.
</source>
        <translation>Der Schlüssel für %1 wurde entfernt.
</translation>
    </message>
</context>
<context>
    <name>ReasoningBlock</name>
    <message>
        <source>Reasoning: %1</source>
        <translation>Denkprozess: %1</translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <source>Hide reasoning</source>
        <translation>Denkprozess ausblenden</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Denkprozess anzeigen</translation>
    </message>
</context>
<context>
    <name>RequestMessage</name>
    <message>
        <source>Message %1: a tool result needs the id of the call it answers.</source>
        <translation>Nachricht %1: Ein Werkzeugergebnis braucht die ID des Aufrufs, den es beantwortet.</translation>
    </message>
    <message>
        <source>Message %1: only user and system messages may have several parts.</source>
        <translation>Nachricht %1: Nur Benutzer- und Systemnachrichten dürfen mehrere Teile haben.</translation>
    </message>
    <message>
        <source>Message %1: every content part needs a type.</source>
        <translation>Nachricht %1: Jeder Inhaltsteil braucht einen Typ.</translation>
    </message>
    <message>
        <source>Message %1: an image part needs image_url.url.</source>
        <translation>Nachricht %1: Ein Bildteil braucht image_url.url.</translation>
    </message>
    <message>
        <source>Message %1: every tool call needs an id and a name.</source>
        <translation>Nachricht %1: Jeder Werkzeugaufruf braucht eine ID und einen Namen.</translation>
    </message>
</context>
<context>
    <name>ResponseFormat</name>
    <message>
        <source>The schema&apos;s &quot;type&quot; must be one of %1.</source>
        <translation>Der „type“ des Schemas muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>The schema&apos;s &quot;properties&quot; must be an object.</source>
        <translation>Die „properties“ des Schemas müssen ein Objekt sein.</translation>
    </message>
    <message>
        <source>The schema&apos;s &quot;required&quot; must be a list of names.</source>
        <translation>„required“ des Schemas muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>Paste a JSON Schema, such as {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}.</source>
        <translation>Fügen Sie ein JSON Schema ein, etwa {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}.</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 at character %2.</source>
        <translation>Das Schema ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The schema must be a JSON object, such as {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Das Schema muss ein JSON-Objekt sein, etwa {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>The schema&apos;s name may have only letters, digits, _ and - (at most %1), not &quot;%2&quot;.</source>
        <translation>Der Name des Schemas darf nur Buchstaben, Ziffern, _ und - enthalten (höchstens %1), nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>SearchHitRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain could not be used, so API keys cannot be stored securely. The keychain said: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden, daher können API-Schlüssel nicht sicher gespeichert werden. Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>The keychain reported error %1.</source>
        <translation>Der Schlüsselbund meldete den Fehler %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Pick a provider on the left.</source>
        <translation>Wählen Sie links einen Anbieter.</translation>
    </message>
    <message>
        <source>No provider yet. Add one from the list of known services, or Custom for any OpenAI-compatible server.</source>
        <translation>Noch kein Anbieter. Fügen Sie einen aus der Liste bekannter Dienste hinzu, oder „Custom“ für jeden OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>General: language and notifications</source>
        <translation>Allgemein: Sprache und Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Archivierte Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation>Nichts archiviert.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Zurück zu den Unterhaltungen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Import, export and about</source>
        <translation>Importieren, Exportieren und Info</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>The server sent a line longer than %1 MB; it was refused.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 MB ist; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB; it was refused.</source>
        <translation>Der Server hat ein Ereignis gesendet, das größer als %1 MB ist; es wurde abgewiesen.</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>Read-only built-in, allowed in settings</source>
        <translation>Nur lesendes eingebautes Werkzeug, in den Einstellungen erlaubt</translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation>Von Ihnen immer erlaubt</translation>
    </message>
    <message>
        <source>Allowed by you for every tool of %1</source>
        <translation>Von Ihnen für alle Werkzeuge von %1 erlaubt</translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation>Von Ihnen für diesen Chat erlaubt</translation>
    </message>
</context>
<context>
    <name>ToolBox</name>
    <message>
        <source>There is already a server named %1; remove it first, or pick another name.</source>
        <translation>Es gibt bereits einen Server namens %1; entfernen Sie ihn zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>Zeile %1 der Umgebung hat nicht die Form NAME=Wert.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Waiting for your approval</source>
        <translation>Wartet auf Ihre Zustimmung</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>This tool can change files or data.</source>
        <translation>Dieses Werkzeug kann Dateien oder Daten ändern.</translation>
    </message>
    <message>
        <source>This tool talks to other computers over the network.</source>
        <translation>Dieses Werkzeug kommuniziert über das Netzwerk mit anderen Computern.</translation>
    </message>
    <message>
        <source>This tool can start programs on this computer.</source>
        <translation>Dieses Werkzeug kann Programme auf diesem Computer starten.</translation>
    </message>
    <message>
        <source>This tool only reads.</source>
        <translation>Dieses Werkzeug liest nur.</translation>
    </message>
    <message>
        <source>Confab does not know what this tool may do.</source>
        <translation>Confab weiß nicht, was dieses Werkzeug tun darf.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation>Werkzeugaufruf %1</translation>
    </message>
    <message>
        <source>Arguments of %1</source>
        <translation>Argumente von %1</translation>
    </message>
    <message>
        <source>Ran with your changes; the model asked for:
%1</source>
        <translation>Mit Ihren Änderungen ausgeführt; das Modell verlangte:
%1</translation>
    </message>
    <message>
        <source>The model wants to run %1. %2 Check the arguments below; you can change them before it runs.</source>
        <translation>Das Modell möchte %1 ausführen. %2 Prüfen Sie die Argumente unten; Sie können sie vor der Ausführung ändern.</translation>
    </message>
    <message>
        <source>Arguments %1 will run with</source>
        <translation>Argumente, mit denen %1 ausgeführt wird</translation>
    </message>
    <message>
        <source>Run once</source>
        <translation>Einmal ausführen</translation>
    </message>
    <message>
        <source>Allow in this chat</source>
        <translation>In diesem Chat erlauben</translation>
    </message>
    <message>
        <source>Always allow %1</source>
        <translation>%1 immer erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Hide result</source>
        <translation>Ergebnis ausblenden</translation>
    </message>
    <message>
        <source>Show result</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
</context>
<context>
    <name>ToolConsent</name>
    <message>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>Not allowed: it needs consent</source>
        <translation>Nicht erlaubt: Zustimmung erforderlich</translation>
    </message>
    <message>
        <source>Allowed once by you</source>
        <translation>Einmal von Ihnen erlaubt</translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation>Von Ihnen für diesen Chat erlaubt</translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation>Von Ihnen immer erlaubt</translation>
    </message>
    <message>
        <source>Denied by you</source>
        <translation>Von Ihnen abgelehnt</translation>
    </message>
    <message>
        <source>, with your changes to the arguments</source>
        <translation>, mit Ihren Änderungen an den Argumenten</translation>
    </message>
    <message>
        <source>This call is no longer waiting.</source>
        <translation>Dieser Aufruf wartet nicht mehr.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Das ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein, etwa {&quot;name&quot;: &quot;value&quot;}.</translation>
    </message>
</context>
<context>
    <name>ToolPluginLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a Qt plugin (%1)</source>
        <translation>kein Qt-Plugin (%1)</translation>
    </message>
    <message>
        <source>built for version %1 of Confab&apos;s tool plugin interface; this Confab loads version %2</source>
        <translation>für Version %1 der Werkzeug-Plugin-Schnittstelle von Confab erstellt; dieses Confab lädt Version %2</translation>
    </message>
    <message>
        <source>a Qt plugin of another kind (%1), not a Confab tool plugin</source>
        <translation>ein Qt-Plugin anderer Art (%1), kein Werkzeug-Plugin für Confab</translation>
    </message>
    <message>
        <source>no interface id</source>
        <translation>keine Schnittstellen-ID</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>its plugin object does not implement ConfabToolPlugin</source>
        <translation>sein Plugin-Objekt implementiert ConfabToolPlugin nicht</translation>
    </message>
    <message>
        <source>failed to give its name and version: %1</source>
        <translation>konnte seinen Namen und seine Version nicht angeben: %1</translation>
    </message>
    <message>
        <source>the plugin has no name</source>
        <translation>das Plugin hat keinen Namen</translation>
    </message>
    <message>
        <source>the plugin&apos;s name &quot;%1&quot; is reserved for Confab&apos;s own tools</source>
        <translation>der Name „%1“ des Plugins ist für die eigenen Werkzeuge von Confab reserviert</translation>
    </message>
    <message>
        <source>another plugin named &quot;%1&quot; was already loaded from %2</source>
        <translation>ein anderes Plugin namens „%1“ wurde bereits aus %2 geladen</translation>
    </message>
    <message>
        <source>failed to create its tools: %1</source>
        <translation>konnte seine Werkzeuge nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>a tool failed to describe itself: %1</source>
        <translation>ein Werkzeug konnte sich nicht beschreiben: %1</translation>
    </message>
    <message>
        <source>the name %1 is already taken</source>
        <translation>der Name %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no tools</source>
        <translation>das Plugin „%1“ bietet keine Werkzeuge</translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no usable tool: %2</source>
        <translation>das Plugin „%1“ bietet kein verwendbares Werkzeug: %2</translation>
    </message>
</context>
<context>
    <name>ToolRunLog</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>What tools did</source>
        <translation>Was Werkzeuge getan haben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>No tool has run yet.</source>
        <translation>Noch kein Werkzeug wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4</source>
        <translation>%1  %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Source: %1
Arguments: %2
Result:
%3</source>
        <translation>Quelle: %1
Argumente: %2
Ergebnis:
%3</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>reads only</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>can change files or data</source>
        <translation>kann Dateien oder Daten ändern</translation>
    </message>
    <message>
        <source>uses the network</source>
        <translation>nutzt das Netzwerk</translation>
    </message>
    <message>
        <source>can start programs</source>
        <translation>kann Programme starten</translation>
    </message>
    <message>
        <source>Share a folder with tools</source>
        <translation>Einen Ordner für Werkzeuge freigeben</translation>
    </message>
    <message>
        <source>That is not a folder Confab can read.</source>
        <translation>Das ist kein Ordner, den Confab lesen kann.</translation>
    </message>
    <message>
        <source>Asking before tools run</source>
        <translation>Nachfragen, bevor Werkzeuge laufen</translation>
    </message>
    <message>
        <source>Run the read-only built-in tools without asking (clock, calculator, reading shared folders)</source>
        <translation>Die nur lesenden eingebauten Werkzeuge ohne Nachfrage ausführen (Uhr, Rechner, Lesen freigegebener Ordner)</translation>
    </message>
    <message>
        <source>Every other tool asks on its card in the conversation, unless you allowed it for that chat or always.</source>
        <translation>Jedes andere Werkzeug fragt auf seiner Karte in der Unterhaltung nach, sofern Sie es nicht für diesen Chat oder immer erlaubt haben.</translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most:</source>
        <translation>Runden von Werkzeugaufrufen pro Frage, höchstens:</translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most</source>
        <translation>Runden von Werkzeugaufrufen pro Frage, höchstens</translation>
    </message>
    <message>
        <source>Always allowed:</source>
        <translation>Immer erlaubt:</translation>
    </message>
    <message>
        <source>No tool is always allowed.</source>
        <translation>Kein Werkzeug ist immer erlaubt.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Wieder nachfragen</translation>
    </message>
    <message>
        <source>Ask again before %1 runs</source>
        <translation>Wieder nachfragen, bevor %1 ausgeführt wird</translation>
    </message>
    <message>
        <source>Shared folders</source>
        <translation>Freigegebene Ordner</translation>
    </message>
    <message>
        <source>read_text_file and list_folder can read these folders and what is inside them, nothing else.</source>
        <translation>read_text_file und list_folder können diese Ordner und ihren Inhalt lesen, sonst nichts.</translation>
    </message>
    <message>
        <source>No folder is shared: the file tools cannot read anything.</source>
        <translation>Kein Ordner ist freigegeben: Die Dateiwerkzeuge können nichts lesen.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>Freigabe von %1 beenden</translation>
    </message>
    <message>
        <source>Share a folder…</source>
        <translation>Ordner freigeben…</translation>
    </message>
    <message>
        <source>Tools the model can call</source>
        <translation>Werkzeuge, die das Modell aufrufen kann</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Arguments schema of %1</source>
        <translation>Argumentschema von %1</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>No tool plugin is installed.</source>
        <translation>Es ist kein Werkzeug-Plugin installiert.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not loaded: %1 — %2</source>
        <translation>Nicht geladen: %1 — %2</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Ask %1 anything.</source>
        <translation>Fragen Sie %1 irgendetwas.</translation>
    </message>
    <message>
        <source>No provider is set up yet. Start Confab with --demo to try it offline, or with --base-url and an API key in CONFAB_API_KEY.</source>
        <translation>Es ist noch kein Anbieter eingerichtet. Starten Sie Confab mit --demo, um es offline auszuprobieren, oder mit --base-url und einem API-Schlüssel in CONFAB_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>↑ Show %n earlier message(s)</source>
        <translation>
            <numerusform>↑ %n frühere Nachricht anzeigen</numerusform>
            <numerusform>↑ %n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Zur neuesten springen</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zur neuesten springen</translation>
    </message>
    <message>
        <source>This is the offline demo: answers are canned, nothing leaves your computer. Ask anything, or include &quot;tool&quot;, &quot;long&quot; or &quot;json&quot; in your message to see a tool call, a cut-off answer or a JSON answer.</source>
        <translation>Dies ist die Offline-Demo: Die Antworten sind vorgefertigt, nichts verlässt Ihren Computer. Fragen Sie irgendetwas, oder schreiben Sie „tool“, „long“ oder „json“ in Ihre Nachricht, um einen Werkzeugaufruf, eine abgeschnittene Antwort oder eine JSON-Antwort zu sehen.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Ihre Nachricht kopieren</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The history file is damaged: %1 Your conversation stays open; a new history can keep it.</source>
        <translation>Die Verlaufsdatei ist beschädigt: %1 Ihre Unterhaltung bleibt geöffnet; ein neuer Verlauf kann sie aufnehmen.</translation>
    </message>
    <message>
        <source>Could not save to the history: %1 Your conversation stays open and Confab keeps trying.</source>
        <translation>Speichern im Verlauf fehlgeschlagen: %1 Ihre Unterhaltung bleibt geöffnet, und Confab versucht es weiter.</translation>
    </message>
    <message>
        <source>%1 Conversations of this run are not kept.</source>
        <translation>%1 Unterhaltungen dieser Sitzung werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was changed.</source>
        <translation>%1 konnte nicht beiseitegelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Started a new history. The old file is kept as %1.</source>
        <translation>Ein neuer Verlauf wurde begonnen. Die alte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Could not reopen the comparison: %1</source>
        <translation>Der Vergleich konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 has no base URL yet: set it in Settings.</source>
        <translation>%1 hat noch keine Basis-URL: Legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>No API key is stored for %1: add it in Settings.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert: Fügen Sie ihn in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confab is already open on this history; its window was brought to the front.</source>
        <translation>Confab ist für diesen Verlauf bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>parseChunk</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>ungültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt erwartet</translation>
    </message>
</context>
</TS>
