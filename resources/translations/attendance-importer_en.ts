<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>attendance::gui::ConnectPage</name>
    <message numerus="yes">
        <source>Connected to the demo account: %n event(s).</source>
        <translation>
            <numerusform>Connected to the demo account: %n event.</numerusform>
            <numerusform>Connected to the demo account: %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n marketing event(s) found.</source>
        <translation>
            <numerusform>Connected: %n marketing event found.</numerusform>
            <numerusform>Connected: %n marketing events found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::DateOptionsPanel</name>
    <message numerus="yes">
        <source>%n row(s) without a date: record</source>
        <translation>
            <numerusform>%n row without a date: record</numerusform>
            <numerusform>%n rows without a date: record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::FilePage</name>
    <message numerus="yes">
        <source>The table ends at row %1, where another one begins (“%2”): its %n rows are not read. To read that table, choose its header row.</source>
        <translation>
            <numerusform>The table ends at row %1, where another one begins (“%2”): its row is not read. To read that table, choose its header row.</numerusform>
            <numerusform>The table ends at row %1, where another one begins (“%2”): its %n rows are not read. To read that table, choose its header row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n person(s) will be marked as %1 in “%2”.</source>
        <translation>
            <numerusform>Ready: %n person will be marked as %1 in “%2”.</numerusform>
            <numerusform>Ready: %n people will be marked as %1 in “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n person(s) will be marked by each row&apos;s status in “%1”: %2.</source>
        <translation>
            <numerusform>Ready: %n person will be marked by their row&apos;s status in “%1”: %2.</numerusform>
            <numerusform>Ready: %n people will be marked by each row&apos;s status in “%1”: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::PreviewPane</name>
    <message numerus="yes">
        <source>%n session(s) merged</source>
        <translation>
            <numerusform>%n session merged</numerusform>
            <numerusform>%n sessions merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to send</source>
        <translation>
            <numerusform>%n ready to send</numerusform>
            <numerusform>%n ready to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent for their status</source>
        <translation>
            <numerusform>%n not sent for their status</numerusform>
            <numerusform>%n not sent for their status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n repaired</numerusform>
            <numerusform>%n repaired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::ResumeOffer</name>
    <message numerus="yes">
        <source>%1 of %n row(s) not sent yet.</source>
        <translation>
            <numerusform>%1 of %n row not sent yet.</numerusform>
            <numerusform>%1 of %n rows not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::SendPage</name>
    <message numerus="yes">
        <source>Mark %n people as %1 in “%2”?</source>
        <translation>
            <numerusform>Mark %n person as %1 in “%2”?</numerusform>
            <numerusform>Mark %n people as %1 in “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n row will be skipped.</numerusform>
            <numerusform>%n rows will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n people by each row&apos;s status in “%1”: %2?</source>
        <translation>
            <numerusform>Mark %n person by their row&apos;s status in “%1”: %2?</numerusform>
            <numerusform>Mark %n people by each row&apos;s status in “%1”: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a contact in HubSpot (skipped, not created)</source>
        <translation>
            <numerusform>%n not a contact in HubSpot (skipped, not created)</numerusform>
            <numerusform>%n not contacts in HubSpot (skipped, not created)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attendance::gui::VerifyPanel</name>
    <message numerus="yes">
        <source>Expected: %n person(s) recorded as %1 by this import.</source>
        <translation>
            <numerusform>Expected: %n person recorded as %1 by this import.</numerusform>
            <numerusform>Expected: %n people recorded as %1 by this import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot shows: %n person(s) as %1 in the event.</source>
        <translation>
            <numerusform>HubSpot shows: %n person as %1 in the event.</numerusform>
            <numerusform>HubSpot shows: %n people as %1 in the event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n person(s) checked one by one are there as %1.</source>
        <translation>
            <numerusform>The %n person checked one by one is there as %1.</numerusform>
            <numerusform>All %n people checked one by one are there as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n person(s) checked one by one are there, each as their status said.</source>
        <translation>
            <numerusform>The %n person checked one by one is there, as their status said.</numerusform>
            <numerusform>All %n people checked one by one are there, each as their status said.</numerusform>
        </translation>
    </message>
</context>
</TS>
