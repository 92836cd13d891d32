<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalmaToneReason</name>
    <message>
        <source>anger or frustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insult or profanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat to leave, complain or go public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demands urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated contact or being ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emphatic punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretched word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disguised in leetspeak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked with symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelled out letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensified by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softened by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1, weighs less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1, weighs more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise used sarcastically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in scare quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToneFormat</name>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <comment>reply strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::AssistantPanel</name>
    <message>
        <source>Customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n insult(s): noise, not something to answer</source>
        <translation>
            <numerusform>%n insult: noise, not something to answer</numerusform>
            <numerusform>%n insults: noise, not something to answer</numerusform>
        </translation>
    </message>
    <message>
        <source>No explicit question: acknowledge and say what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested reply %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::DraftEditor</name>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply, or pick a suggestion. Phrases that escalate are underlined: hover them for a softer way to say it, right-click to apply one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat of your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply: %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The first one to get angry loses. Send it anyway?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatChart</name>
    <message>
        <source>Heat across the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat of each customer message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ImportDialog</name>
    <message>
        <source>Ticket or conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From customer or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, JSON or JSON Lines export of your help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns found in the file (check them before importing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-desk exports (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the column that holds the message text.</source>
        <translation>
            <numerusform>%n row. Choose the column that holds the message text.</numerusform>
            <numerusform>%n rows. Choose the column that holds the message text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 messages in %2 new conversations; %3 were already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat %1/100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calma %1&lt;/h3&gt;&lt;p&gt;A de-escalation coach for customer-support teams: it shows how heated a message is and why, so that the first one to get angry is never you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in %1</source>
        <translation>
            <numerusform>%n conversation in %1</numerusform>
            <numerusform>%n conversations in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per message (*.csv);;JSON, one object per conversation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace personal data (e-mail addresses, phone numbers, card numbers, IBANs and names) in the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export conversations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::SettingsDialog</name>
    <message>
        <source>One file per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calma&apos;s own SQLite file, or postgresql://user@host:port/db for a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (signs your replies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting shows &amp;amber after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting shows &amp;red after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;lexicons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;phrase lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team reply &amp;templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, the database and the team files take effect the next time Calma starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ToneCheckWidget</name>
    <message>
        <source>Paste or type a customer message. Calma scores how heated it is and highlights the words and signals that drove the score; hover a highlight to see why it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: «Es la tercera vez que llamo y nadie me da una solución»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drove the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::Workspace</name>
    <message>
        <source>Search the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox, hottest and longest waiting first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show by heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show by waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting 30 min or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting 2 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting 8 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That was %n hostile message(s) in a short time. A five-minute break helps you stay the calm one.</source>
        <translation>
            <numerusform>That was %n hostile message in a short time. A five-minute break helps you stay the calm one.</numerusform>
            <numerusform>That was %n hostile messages in a short time. A five-minute break helps you stay the calm one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that no one else answers this customer at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is answering this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Calma, a de-escalation coach for customer support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: es or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this message in the tone check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lexicon file that extends the shipped one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calma cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lexicon has errors:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: a SQLite file or postgresql://user@host:port/db (default: Calma&apos;s own SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
