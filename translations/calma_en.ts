<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalmaRoleplay</name>
    <message>
        <source>Telling them how to feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminding them you already said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blaming the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding behind policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying it is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying it is not your problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dismissive phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passive-aggressive phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sarcasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclamation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heated reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering what they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledging how they feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologising for a position in a money dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slow reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging how they feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific apology for a real failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apology that names nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concrete next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time frame for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering what they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the dispute to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm boundary on abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining in clear steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanking them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 raised the heat by %n.</source>
        <translation>
            <numerusform>%1 raised the heat by %n.</numerusform>
            <numerusform>%1 raised the heat by %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Here “%1” raised the heat by %n (%2).</source>
        <translation>
            <numerusform>Here “%1” raised the heat by %n (%2).</numerusform>
            <numerusform>Here “%1” raised the heat by %n (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lowered the heat by %n.</source>
        <translation>
            <numerusform>%1 lowered the heat by %n.</numerusform>
            <numerusform>%1 lowered the heat by %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat at the end against the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaked at %1, %2 above the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never rose above the start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n used: %1.</source>
        <translation>
            <numerusform>%n used: %1.</numerusform>
            <numerusform>%n used: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apologies that fit the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific apology for a real failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apology, but it did not say for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company failed and no apology was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apology was needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apologised for a position in a money dispute %n time(s): change the subject and come back to it instead.</source>
        <translation>
            <numerusform>Apologised for a position in a money dispute %n time: change the subject and come back to it instead.</numerusform>
            <numerusform>Apologised for a position in a money dispute %n times: change the subject and come back to it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>What they asked, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2 replies to a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked nothing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt within %1 s, slow after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, trainer as the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: the session is still going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmaToneReason</name>
    <message>
        <source>said of a thing: strong words for a failure, not a threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aimed at no one: not a threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said of oneself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a laugh beside a complaint: neither warmth nor irony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language these reasons are in (&quot;es&quot; in the Spanish translation): when it changes, the other reasons are read from the translation again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>dissatisfaction or a reported failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something that should have happened did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aimed at the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as enthusiasm, not anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undirected, counts as intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid for, ordered or promised, and then not so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise negated by its prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named with empathy: the reader&apos;s feeling, not the writer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says how much of the praise after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Heat %1/100 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (language: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words or signals of anger or friendliness found: a neutral message (heat %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drove the score (points of heat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a message starts, before its words and signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition</source>
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
        <source>gratitude</source>
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
        <source>dissatisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elongation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleplayView</name>
    <message>
        <source>Live: a trainer plays the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat %1 → %2, peak %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each reply did is shown under it in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you are scored (out of 100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat at the end against the start (25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak heat (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating phrases: none is best (20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies that fit: for real failures, not for a position in a money dispute (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked, answered (15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: resolved is best (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · starting heat %2 · %3 minutes, %4 replies at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes, %2 replies at most</source>
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
        <source>Solved</source>
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
    <message>
        <source>Dissatisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel and travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone and internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banking and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy and water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription or membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager</source>
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
    <message>
        <source>Business: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May take it further: %1 (their right: acknowledge it calmly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhetorical: %1 (not a question to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
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
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not saved and is still here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackButton</name>
    <message>
        <source>This score is &amp;wrong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Calma how this score is off: your feedback helps tune the lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too &amp;high…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too &amp;low…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wrong &amp;kind…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::FeedbackDialog</name>
    <message>
        <source>This score is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calma&apos;s score: %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too &amp;high: the customer is calmer than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too &amp;low: the customer is more upset than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;wrong kind: e.g. it says anger, but the customer is sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: she is disappointed, not angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should be at l&amp;evel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;kind is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks — feedback saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: there is no database (see the status bar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
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
    <message>
        <source>Message %1 · heat %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · heat %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::HeatMeter</name>
    <message>
        <source>No heat to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, heat %2 out of 100 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, heat %2 out of 100</source>
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
    <message>
        <source>Type or paste the path of an export, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the file (ISO 8601 is always read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/01/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (01/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and list them (otherwise one bad row stops the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out, listed below.</source>
        <translation>
            <numerusform>%n row with errors left out, listed below.</numerusform>
            <numerusform>%n rows with errors left out, listed below.</numerusform>
        </translation>
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
    <message>
        <source>Answered: the customer is not waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is answering this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answering this customer</source>
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
    <message>
        <source>Calma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
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
    <message numerus="yes">
        <source>%n team scenario problem(s); those scenarios are left out. First: %1</source>
        <translation>
            <numerusform>%n team scenario problem; those scenarios are left out. First: %1</numerusform>
            <numerusform>%n team scenario problems; those scenarios are left out. First: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice with a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the customer &amp;live (trainer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;one check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trai&amp;ning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s)</source>
        <translation>
            <numerusform>%1 of %n conversation</numerusform>
            <numerusform>%1 of %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put suggested reply 1 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put suggested reply 2 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put suggested reply 3 in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field (also out of the inbox and the draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button, tab or menu with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the trainer&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail password could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail password could not be kept in the system keychain (%1); Calma uses it until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::ProgressChart</name>
    <message>
        <source>No scored sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scores of %n session(s), oldest first: %1</source>
        <translation>
            <numerusform>Scores of %n session, oldest first: %1</numerusform>
            <numerusform>Scores of %n sessions, oldest first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · score %3 / 100</source>
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
        <source>Team &amp;phrase lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, the database and the team files take effect the next time Calma starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team role-play &amp;scenario folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported times without a &amp;zone are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications for hostile messages and waits past red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team le&amp;xicons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team r&amp;eply parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imaps://mail.example.com:993/INBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtps://mail.example.com:465, or smtp://…:587 with STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server needs a l&amp;ogin (the same user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soporte@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &lt;soporte@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a team server with its own certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP server (incoming):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMTP server (outgoing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;address (replies go from it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server&apos;s &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the IMAP or the SMTP server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not working: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in to %1 as %2; mailbox %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes mail from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes mail</source>
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
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a message starts, before its words and signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerDashboard</name>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the trainees and their sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected session&apos;s report as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected session&apos;s report as a PDF, ready to print or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection: the sessions table and the CSV export cover every trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every trainee&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished and scored sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score of the scored sessions, out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trainee to see their progress, flagged phrases and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainees yet. Role-play sessions appear here once they are played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most flagged phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalating phrases the trainee used most often, with how many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its report and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a turn to write a note on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selected turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to try instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the note with the turn (Ctrl+Return); it shows in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every trainee&apos;s sessions as a spreadsheet (CSV), one row per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the trainees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the trainee&apos;s sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average score %1 / 100 over %n scored session(s)</source>
        <translation>
            <numerusform>Average score %1 / 100 over %n scored session</numerusform>
            <numerusform>Average score %1 / 100 over %n scored sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role-play sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message>
        <source>select a trainee to see their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this trainee&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scored session(s)</source>
        <translation>
            <numerusform>%n scored session</numerusform>
            <numerusform>%n scored sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not scored</source>
        <translation>
            <numerusform>%n not scored</numerusform>
            <numerusform>%n not scored</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a trainee to see their scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trainee to see the phrases they are most often flagged for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalating phrases flagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n time(s)</source>
        <translation>
            <numerusform>“%1”: %2, %n time</numerusform>
            <numerusform>“%1”: %2, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer played the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 played the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s heat after this message: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a turn to read it in full and write a note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calma sessions - %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calma report - %1 - %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
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
        <source>Export report as HT&amp;ML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selected t&amp;urn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the first session of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainerWindow</name>
    <message>
        <source>Calma — play the customer (live role-play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainee has the &amp;assistant and draft coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You play the customer; the trainee answers from Training → Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message, as the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as the customer. Double-click a line on the right to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as the &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalated to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer &amp;leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines the scenario suggests for the customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines the scenario suggests now: double-click one to use it, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live session needs the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the trainee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are %1; %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the opening message when the trainee has joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied: your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::TrainingPanel</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer playing the customer &amp;live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sessions waiting for a trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant and draft coach on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no suggestions and no underlined phrases, as when the trainer wants to see what the trainee does alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and the same replies replay the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice with an angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same scenario and the same customer (seed): try other replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 — %3, started %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the live sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no live session is waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer chose this scenario and whether the assistant is on (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session will not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open yet: this session will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live session uses scenario “%1”, which this Calma does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a live session the trainer ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session over: %1, score %2/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start th&amp;e session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee (&amp;your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer&apos;s seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise this one a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings a trainee seldom needs, such as the customer&apos;s seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be scored as it stands; the customer&apos;s last message stays unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
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
        <source>Score wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat plus the wait: one point for every eight minutes the customer has waited, up to 75 (ten hours). A long wait weighs as much as a furious message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer who has waited longest first; answered conversations last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most heated conversation first, whatever the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the conversation back: anyone may take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it solved and release it; it reopens if the customer writes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again: the customer is waiting for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is answering this customer. Their claim lapses after %n minute(s) without a reply from them.</source>
        <translation>
            <numerusform>%1 is answering this customer. Their claim lapses after %n minute without a reply from them.</numerusform>
            <numerusform>%1 is answering this customer. Their claim lapses after %n minutes without a reply from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen it first: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answering this customer: they solve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · No one is answering this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · You are answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 is answering this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: anyone may take this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved. It reopens if the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: the customer is waiting for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft has text you typed. Replace it with the suggested reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The conversation is pending: the customer has your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hostile message(s)</source>
        <translation>
            <numerusform>%n hostile message</numerusform>
            <numerusform>%n hostile messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting past red</source>
        <translation>
            <numerusform>%n customer waiting past red</numerusform>
            <numerusform>%n customers waiting past red</numerusform>
        </translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply&apos;s mail went to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail waits in the outbox for the team&apos;s sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1 waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail not sent (attempt %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 by mail. The conversation is pending: the customer has your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply is saved; its mail waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail settings are wrong (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting reply(s) went out by mail.</source>
        <translation>
            <numerusform>%n waiting reply went out by mail.</numerusform>
            <numerusform>%n waiting replies went out by mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: synced by another process (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: not synced at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n new at %1</source>
        <translation>
            <numerusform>Mail: %n new at %1</numerusform>
            <numerusform>Mail: %n new at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply is saved, but its mail was not sent: %1 It stays in the outbox: Retry is beside the reply.</source>
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
    <message>
        <source>Start on this tab: inbox, tone, practice or dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1080x640 (never below its minimum).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calma::gui::MailErrorText</name>
    <message>
        <source>Cannot reach the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) with the mail server failed: its certificate is not trusted, or it does not offer TLS. A team server with its own certificate needs it named in Settings, Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mailbox does not exist on the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings are not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
