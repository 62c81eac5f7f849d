<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>for example ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>May &amp;manage users of this computer</source>
        <translation>May &amp;manage users of this computer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epeat the password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Type a user name.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>The application is already open on this database in another window. Switch to that window (it is on the taskbar).</source>
        <translation>The application is already open on this database in another window. Switch to that window (it is on the taskbar).</translation>
    </message>
</context>
<context>
    <name>AppealAccountabilityDialog</name>
    <message>
        <source>Extension authorised by</source>
        <translation>Extension authorised by</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Applicant told late</source>
        <translation>Applicant told late</translation>
    </message>
    <message>
        <source>Forwarded late</source>
        <translation>Forwarded late</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Registered late</source>
        <translation>Registered late</translation>
    </message>
    <message>
        <source>Longest delay, working days</source>
        <translation>Longest delay, working days</translation>
    </message>
    <message>
        <source>Decided within the deadline</source>
        <translation>Decided within the deadline</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Extensions entered late</source>
        <translation>Extensions entered late</translation>
    </message>
    <message>
        <source>Told late</source>
        <translation>Told late</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who, when, why</source>
        <translation>Who, when, why</translation>
    </message>
    <message>
        <source>Appeals: accountability by inspector</source>
        <translation>Appeals: accountability by inspector</translation>
    </message>
    <message>
        <source>Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.</source>
        <translation>Every appeal is counted, cancelled and late ones too. A decision counts as within the deadline only when the extension was decided before the deadline.</translation>
    </message>
    <message>
        <source>Appeals by inspector</source>
        <translation>Appeals by inspector</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations</source>
        <translation>Extensions, late steps and cancellations</translation>
    </message>
    <message>
        <source>Choose an inspector to read the details.</source>
        <translation>Choose an inspector to read the details.</translation>
    </message>
    <message>
        <source>Extensions, late steps and cancellations of %1</source>
        <translation>Extensions, late steps and cancellations of %1</translation>
    </message>
</context>
<context>
    <name>AppealRegisterDialog</name>
    <message>
        <source>Register an appeal</source>
        <translation>Register an appeal</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>How the appeal came</source>
        <translation>How the appeal came</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Applicant</translation>
    </message>
    <message>
        <source>Find the applicant among the people</source>
        <translation>Find the applicant among the people</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Surname, name or ID number</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Not this person</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name</source>
        <translation>Applicant&apos;s &amp;name</translation>
    </message>
    <message>
        <source>Applicant&apos;s name, when not among the people</source>
        <translation>Applicant&apos;s name, when not among the people</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>What the appeal is about</source>
        <translation>What the appeal is about</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kind of appeal</source>
        <translation>Kind of appeal</translation>
    </message>
    <message>
        <source>A&amp;nonymous: registered, not refused</source>
        <translation>A&amp;nonymous: registered, not refused</translation>
    </message>
    <message>
        <source>C&amp;ollective: signed by several people</source>
        <translation>C&amp;ollective: signed by several people</translation>
    </message>
    <message>
        <source>About &amp;officer</source>
        <translation>About &amp;officer</translation>
    </message>
    <message>
        <source>The police officer a complaint is about</source>
        <translation>The police officer a complaint is about</translation>
    </message>
    <message>
        <source>&amp;Letters in</source>
        <translation>&amp;Letters in</translation>
    </message>
    <message>
        <source>The language of the letters to the applicant</source>
        <translation>The language of the letters to the applicant</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>not a complaint about an officer</source>
        <translation>not a complaint about an officer</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>the state language</source>
        <translation>the state language</translation>
    </message>
    <message>
        <source>Find the applicant among the people, or type their name.</source>
        <translation>Find the applicant among the people, or type their name.</translation>
    </message>
    <message>
        <source>Say what the appeal is about.</source>
        <translation>Say what the appeal is about.</translation>
    </message>
</context>
<context>
    <name>AppealStepDialog</name>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Authorised by</source>
        <translation>&amp;Authorised by</translation>
    </message>
    <message>
        <source>Who authorised the extension</source>
        <translation>Who authorised the extension</translation>
    </message>
    <message>
        <source>Name, position</source>
        <translation>Name, position</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Decided &amp;on</translation>
    </message>
    <message>
        <source>The day the head decided</source>
        <translation>The day the head decided</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay</source>
        <translation>Reason for the &amp;delay</translation>
    </message>
    <message>
        <source>Why the step is late</source>
        <translation>Why the step is late</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>The applicant told of the extension</source>
        <translation>The applicant told of the extension</translation>
    </message>
    <message>
        <source>Forward to the competent body</source>
        <translation>Forward to the competent body</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry</source>
        <translation>Cancel a mistaken entry</translation>
    </message>
    <message>
        <source>Appeal %1 from %2, received %3. Deadline %4: %5.</source>
        <translation>Appeal %1 from %2, received %3. Deadline %4: %5.</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>New &amp;deadline</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Why the deadline is extended</source>
        <translation>Why the deadline is extended</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Told on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Forwarded on</source>
        <translation>&amp;Forwarded on</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;To whom</translation>
    </message>
    <message>
        <source>The body the appeal is forwarded to</source>
        <translation>The body the appeal is forwarded to</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Decided on</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>The decision taken</source>
        <translation>The decision taken</translation>
    </message>
    <message>
        <source>Why the entry is cancelled</source>
        <translation>Why the entry is cancelled</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed: the law lets the deadline be extended to %1 at the latest. Tell the applicant about the extension.</source>
        <translation>Only the head or a deputy extends, before the deadline has passed: the law lets the deadline be extended to %1 at the latest. Tell the applicant about the extension.</translation>
    </message>
    <message>
        <source>Only the head or a deputy extends, before the deadline has passed. The law sets no latest date for an extension here.</source>
        <translation>Only the head or a deputy extends, before the deadline has passed. The law sets no latest date for an extension here.</translation>
    </message>
    <message>
        <source>The law asks the applicant to be told by %1.</source>
        <translation>The law asks the applicant to be told by %1.</translation>
    </message>
    <message>
        <source>The law asks an appeal to be forwarded by %1.</source>
        <translation>The law asks an appeal to be forwarded by %1.</translation>
    </message>
    <message>
        <source>A cancelled appeal stays in the register with its number and the reason.</source>
        <translation>A cancelled appeal stays in the register with its number and the reason.</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Cancel the &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The new deadline has passed already: give a day still to come.</source>
        <translation>The new deadline has passed already: give a day still to come.</translation>
    </message>
    <message>
        <source>Say why the entry is cancelled.</source>
        <translation>Say why the entry is cancelled.</translation>
    </message>
    <message>
        <source>The law&apos;s limit was %1: say why it is late.</source>
        <translation>The law&apos;s limit was %1: say why it is late.</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Extend</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>The new deadline must be later than the current one, %1.</translation>
    </message>
    <message>
        <source>Refused: the law allows an extension to %1 at the latest (%2 days from receipt).</source>
        <translation>Refused: the law allows an extension to %1 at the latest (%2 days from receipt).</translation>
    </message>
    <message>
        <source>The deadline %1 had passed by then: the law allows no extension after it.</source>
        <translation>The deadline %1 had passed by then: the law allows no extension after it.</translation>
    </message>
    <message>
        <source>Name the head or deputy who decided, and the position: “Name, position”.</source>
        <translation>Name the head or deputy who decided, and the position: “Name, position”.</translation>
    </message>
    <message>
        <source>Say why the deadline is extended.</source>
        <translation>Say why the deadline is extended.</translation>
    </message>
    <message>
        <source>Name the body the appeal goes to.</source>
        <translation>Name the body the appeal goes to.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Write the decision.</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>All appeals</source>
        <translation>All appeals</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Decided or forwarded</source>
        <translation>Decided or forwarded</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Taken into work</source>
        <translation>Taken into work</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Applicant told</source>
        <translation>Applicant told</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>registered late (%1 working days)</source>
        <translation>registered late (%1 working days)</translation>
    </message>
    <message>
        <source>extension entered late</source>
        <translation>extension entered late</translation>
    </message>
    <message>
        <source>applicant told late</source>
        <translation>applicant told late</translation>
    </message>
    <message>
        <source>forwarded late</source>
        <translation>forwarded late</translation>
    </message>
    <message>
        <source>decided after the deadline</source>
        <translation>decided after the deadline</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Which appeals to show</source>
        <translation>Which appeals to show</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;New appeal…</translation>
    </message>
    <message>
        <source>Register an appeal (Ctrl+N)</source>
        <translation>Register an appeal (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>&amp;Take into work</source>
        <translation>&amp;Take into work</translation>
    </message>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Told…</translation>
    </message>
    <message>
        <source>The day the applicant was told of the extension</source>
        <translation>The day the applicant was told of the extension</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <source>Cancel a mistaken entry, with the reason</source>
        <translation>Cancel a mistaken entry, with the reason</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Accountability…</translation>
    </message>
    <message>
        <source>Appeals by inspector: delays, extensions, late steps</source>
        <translation>Appeals by inspector: delays, extensions, late steps</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>History of the appeal</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Appeals: more than %1</source>
        <translation>Appeals: more than %1</translation>
    </message>
    <message numerus="yes">
        <source>Appeals: %n</source>
        <translation>
            <numerusform>Appeals: %n</numerusform>
            <numerusform>Appeals: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No appeals yet: press Ctrl+N to register one.</source>
        <translation>No appeals yet: press Ctrl+N to register one.</translation>
    </message>
    <message>
        <source>No appeals in this list. Choose “All appeals” to see every one.</source>
        <translation>No appeals in this list. Choose “All appeals” to see every one.</translation>
    </message>
    <message>
        <source>Choose an appeal to see its history.</source>
        <translation>Choose an appeal to see its history.</translation>
    </message>
    <message>
        <source>the extension does not count: decided after the deadline</source>
        <translation>the extension does not count: decided after the deadline</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>%1, %2 working day(s) after receipt</source>
        <translation>%1, %2 working day(s) after receipt</translation>
    </message>
    <message>
        <source>to %1, decided %2</source>
        <translation>to %1, decided %2</translation>
    </message>
    <message>
        <source>Appeal %1 is registered; it must be decided by %2.</source>
        <translation>Appeal %1 is registered; it must be decided by %2.</translation>
    </message>
</context>
<context>
    <name>ApplicantLetters</name>
    <message>
        <source>&amp;Receipt (талон-уведомление)…</source>
        <translation>&amp;Receipt (талон-уведомление)…</translation>
    </message>
    <message>
        <source>Letter on the &amp;extension…</source>
        <translation>Letter on the &amp;extension…</translation>
    </message>
    <message>
        <source>Letter on &amp;forwarding…</source>
        <translation>Letter on &amp;forwarding…</translation>
    </message>
    <message>
        <source>Letter with the &amp;decision…</source>
        <translation>Letter with the &amp;decision…</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s receipt</source>
        <translation>Save the applicant&apos;s receipt</translation>
    </message>
    <message>
        <source>Save the letter on the extension</source>
        <translation>Save the letter on the extension</translation>
    </message>
    <message>
        <source>Save the letter on forwarding</source>
        <translation>Save the letter on forwarding</translation>
    </message>
    <message>
        <source>Save the letter with the decision</source>
        <translation>Save the letter with the decision</translation>
    </message>
    <message>
        <source>&amp;Papers for the applicant</source>
        <translation>&amp;Papers for the applicant</translation>
    </message>
    <message>
        <source>The receipt and the letters on the extension, forwarding and decision, as PDF</source>
        <translation>The receipt and the letters on the extension, forwarding and decision, as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Back up to a drive or folder…</source>
        <translation>Back up to a drive or folder…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup was made %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>The newest backup was made %1 (%n day ago).</numerusform>
            <numerusform>The newest backup was made %1 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups are made every day into %1; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Backups are made every day into %1; the last 7 days, 4 weeks and 12 months are kept.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Where to write the backup</translation>
    </message>
    <message>
        <source>Write the backup onto a removable drive, or choose a folder.</source>
        <translation>Write the backup onto a removable drive, or choose a folder.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Choose the folder for the backup</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a check</source>
        <translation>Record a check</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Date of the check</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>How the check was made</source>
        <translation>How the check was made</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>summoned to the post</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>at home, no violations</source>
        <translation>at home, no violations</translation>
    </message>
    <message>
        <source>not at home</source>
        <translation>not at home</translation>
    </message>
    <message>
        <source>a violation found, a talk held</source>
        <translation>a violation found, a talk held</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Go to the record</source>
        <translation>Go to the record</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Keep the other</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Object of the precinct</source>
        <translation>Object of the precinct</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Register check</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Step of an appeal</source>
        <translation>Step of an appeal</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Person in an incident</source>
        <translation>Person in an incident</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Wanted notice</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Acknowledgement of a notice</source>
        <translation>Acknowledgement of a notice</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>house</source>
        <translation>house</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>grounds</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>precinct</source>
        <translation>precinct</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The same field was changed on two computers, neither seeing the other&apos;s change. Both values are kept: choose the right one. The choice goes out with the next package and settles the conflict on every computer.</source>
        <translation>The same field was changed on two computers, neither seeing the other&apos;s change. Both values are kept: choose the right one. The choice goes out with the next package and settles the conflict on every computer.</translation>
    </message>
    <message>
        <source>No conflicts: every change received so far merged on its own. Conflicts appear here after a package is read.</source>
        <translation>No conflicts: every change received so far merged on its own. Conflicts appear here after a package is read.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) appear here as these are resolved.</source>
        <translation>
            <numerusform>%n more conflict appears here as these are resolved.</numerusform>
            <numerusform>%n more conflicts appear here as these are resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settling the conflict</source>
        <translation>Settling the conflict</translation>
    </message>
    <message>
        <source>The conflict is settled; the choice goes out with the next package.</source>
        <translation>The conflict is settled; the choice goes out with the next package.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>This cannot be done</source>
        <translation>This cannot be done</translation>
    </message>
    <message>
        <source>Something went wrong inside the application. What you saved before is safe. Copy the details below and send them to whoever looks after the application, saying what you were doing.</source>
        <translation>Something went wrong inside the application. What you saved before is safe. Copy the details below and send them to whoever looks after the application, saying what you were doing.</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>The details are also written to %1.</translation>
    </message>
    <message>
        <source>The application met an error</source>
        <translation>The application met an error</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <source>&amp;Copy the details</source>
        <translation>&amp;Copy the details</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the database</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <source>The data is encrypted with a key that only the users&apos; passwords open.</source>
        <translation>The data is encrypted with a key that only the users&apos; passwords open.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Where to write the package</source>
        <translation>Where to write the package</translation>
    </message>
    <message>
        <source>Write the package onto a removable drive, or choose a folder.</source>
        <translation>Write the package onto a removable drive, or choose a folder.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 free)</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>&amp;Another folder…</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Fingerprint of this computer:</source>
        <translation>Fingerprint of this computer:</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>Fingerprint of this computer</translation>
    </message>
    <message>
        <source>&amp;Save this computer&apos;s card…</source>
        <translation>&amp;Save this computer&apos;s card…</translation>
    </message>
    <message>
        <source>Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.</source>
        <translation>Give the card file to the other side (on a USB stick or by e-mail), then read this fingerprint out to them by phone, group by group. They enrol this computer only if the fingerprint on their screen is the same.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <source>&amp;Enrol a device…</source>
        <translation>&amp;Enrol a device…</translation>
    </message>
    <message>
        <source>Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.</source>
        <translation>Choose the card file of the other computer. Its fingerprint is shown here: call the other side and have them read theirs out. Enrol only if every character is the same.</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Fingerprint on the card:</translation>
    </message>
    <message>
        <source>Fingerprint on the card</source>
        <translation>Fingerprint on the card</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Known devices</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Withdraw trust from a lost or stolen computer: its later packages are refused</source>
        <translation>Withdraw trust from a lost or stolen computer: its later packages are refused</translation>
    </message>
    <message>
        <source>Number &amp;prefix…</source>
        <translation>Number &amp;prefix…</translation>
    </message>
    <message>
        <source>Give the laptop a new prefix for its appeal numbers</source>
        <translation>Give the laptop a new prefix for its appeal numbers</translation>
    </message>
    <message>
        <source>No other device is known yet. Enrol the other side&apos;s card with “Enrol a device…”; an inspector&apos;s laptop needs the chief&apos;s card, the chief each inspector&apos;s.</source>
        <translation>No other device is known yet. Enrol the other side&apos;s card with “Enrol a device…”; an inspector&apos;s laptop needs the chief&apos;s card, the chief each inspector&apos;s.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s card</source>
        <translation>Save this computer&apos;s card</translation>
    </message>
    <message>
        <source>Device cards (*.json);;All files (*)</source>
        <translation>Device cards (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The card is saved to %1.</source>
        <translation>The card is saved to %1.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s card</source>
        <translation>Saving this computer&apos;s card</translation>
    </message>
    <message>
        <source>Choose the other device&apos;s card</source>
        <translation>Choose the other device&apos;s card</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Reading the card</translation>
    </message>
    <message>
        <source>Call the other side and have them read out the fingerprint on their Sync page. Does the other side read out the same fingerprint?

%1

%2</source>
        <translation>Call the other side and have them read out the fingerprint on their Sync page. Does the other side read out the same fingerprint?

%1

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compare the fingerprint</translation>
    </message>
    <message>
        <source>Enrolling the device</source>
        <translation>Enrolling the device</translation>
    </message>
    <message>
        <source>%1 is enrolled: packages can now go to it and come from it.</source>
        <translation>%1 is enrolled: packages can now go to it and come from it.</translation>
    </message>
    <message>
        <source>Revoke %1? Do this only for a lost or stolen computer. Its packages written after the last one imported here are refused from now on, here and, with the next package, at headquarters. It cannot be enrolled again.</source>
        <translation>Revoke %1? Do this only for a lost or stolen computer. Its packages written after the last one imported here are refused from now on, here and, with the next package, at headquarters. It cannot be enrolled again.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Revoke the device</translation>
    </message>
    <message>
        <source>%1 is revoked: its packages after No. %2 are refused.</source>
        <translation>%1 is revoked: its packages after No. %2 are refused.</translation>
    </message>
    <message>
        <source>Revoking the device</source>
        <translation>Revoking the device</translation>
    </message>
    <message>
        <source>%1 numbers its appeals with %2 from the next package it imports.</source>
        <translation>%1 numbers its appeals with %2 from the next package it imports.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>About %n hour left</numerusform>
            <numerusform>About %n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictBoard</name>
    <message>
        <source>Register checks done and overdue</source>
        <translation>Register checks done and overdue</translation>
    </message>
    <message>
        <source>Appeals decided on time and late</source>
        <translation>Appeals decided on time and late</translation>
    </message>
    <message>
        <source>Work by kind</source>
        <translation>Work by kind</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Trend by month</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Home checks</source>
        <translation>Home checks</translation>
    </message>
    <message>
        <source>none decided</source>
        <translation>none decided</translation>
    </message>
    <message>
        <source>%1 % on time</source>
        <translation>%1 % on time</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Appeals decided</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>Work log entries</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>No work log entries in this period.</source>
        <translation>No work log entries in this period.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Checks done</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>Appeals received</translation>
    </message>
    <message>
        <source>One month is no trend: choose a quarter or a year to see the months side by side.</source>
        <translation>One month is no trend: choose a quarter or a year to see the months side by side.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>%1, %2, as of %3: the figures of the district report.</source>
        <translation>%1, %2, as of %3: the figures of the district report.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Each inspector</source>
        <translation>Each inspector</translation>
    </message>
    <message>
        <source>Each district</source>
        <translation>Each district</translation>
    </message>
    <message>
        <source>Each region</source>
        <translation>Each region</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>no package yet</translation>
    </message>
    <message>
        <source>This database holds nothing made on this inspector&apos;s laptop yet.</source>
        <translation>This database holds nothing made on this inspector&apos;s laptop yet.</translation>
    </message>
    <message>
        <source>The newest change made on the inspector&apos;s laptop that this database holds.</source>
        <translation>The newest change made on the inspector&apos;s laptop that this database holds.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Checks overdue</source>
        <translation>Checks overdue</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Appeals overdue</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Figures for</translation>
    </message>
    <message>
        <source>Contact &amp;late after:</source>
        <translation>Contact &amp;late after:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>The last contact is shown in red once this many days have passed</source>
        <translation>The last contact is shown in red once this many days have passed</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>Figures of the inspectors</source>
        <translation>Figures of the inspectors</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Period of the charts</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ch&amp;art</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Chart shown</translation>
    </message>
    <message>
        <source>As a ta&amp;ble</source>
        <translation>As a ta&amp;ble</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one line a bar</source>
        <translation>The chart&apos;s figures as a table, one line a bar</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Figures of the chart</translation>
    </message>
    <message numerus="yes">
        <source>Inspectors: %n</source>
        <translation>
            <numerusform>Inspectors: %n</numerusform>
            <numerusform>Inspectors: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines: %n</source>
        <translation>
            <numerusform>Lines: %n</numerusform>
            <numerusform>Lines: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspectors are known to this database yet. They appear here once their laptops are enrolled and their first sync packages imported.</source>
        <translation>No inspectors are known to this database yet. They appear here once their laptops are enrolled and their first sync packages imported.</translation>
    </message>
    <message>
        <source>“Last received” is the newest change made on the inspector&apos;s laptop that this database holds; “no package yet” means none has been imported.</source>
        <translation>“Last received” is the newest change made on the inspector&apos;s laptop that this database holds; “no package yet” means none has been imported.</translation>
    </message>
    <message>
        <source>“Last package” and “Last contact” count the packages imported here from the inspector&apos;s laptop.</source>
        <translation>“Last package” and “Last contact” count the packages imported here from the inspector&apos;s laptop.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them (see the Sync page).</source>
        <translation>
            <numerusform>%n change received was set aside: the device that made it may not make it (see the Sync page).</numerusform>
            <numerusform>%n changes received were set aside: the device that made them may not make them (see the Sync page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) concern records of no inspector (people without a precinct, households, reference data).</source>
        <translation>
            <numerusform>%n open conflict concerns records of no inspector (people without a precinct, households, reference data).</numerusform>
            <numerusform>%n open conflicts concern records of no inspector (people without a precinct, households, reference data).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>through the chief</source>
        <translation>through the chief</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message numerus="yes">
        <source>No package for longer than %n day(s): ask the inspector.</source>
        <translation>
            <numerusform>No package for longer than %n day: ask the inspector.</numerusform>
            <numerusform>No package for longer than %n days: ask the inspector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>The number of the last package imported from the inspector&apos;s laptop, and when it was imported.</source>
        <translation>The number of the last package imported from the inspector&apos;s laptop, and when it was imported.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Package numbers from this laptop that have not arrived: ask the inspector for them.</source>
        <translation>Package numbers from this laptop that have not arrived: ask the inspector for them.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Changes from this laptop dated more than a day ahead of this computer&apos;s clock: held for your review, neither merged nor lost.</source>
        <translation>Changes from this laptop dated more than a day ahead of this computer&apos;s clock: held for your review, neither merged nor lost.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>EndEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Take off the register</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Ended on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>In &amp;words</translation>
    </message>
    <message>
        <source>The reason in words</source>
        <translation>The reason in words</translation>
    </message>
    <message>
        <source>Required for &quot;other&quot;</source>
        <translation>Required for &quot;other&quot;</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Put on the register</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Find the person</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Surname, name or ID number</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Register category</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Grounds</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Document, its number and date</source>
        <translation>Document, its number and date</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>On the register from</source>
        <translation>On the register from</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>&amp;Threat level</source>
        <translation>&amp;Threat level</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Threat level</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>The device the package is for</source>
        <translation>The device the package is for</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>&amp;Write package…</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder and write the package there</source>
        <translation>Choose a USB stick or a folder and write the package there</translation>
    </message>
    <message>
        <source>&amp;Read packages…</source>
        <translation>&amp;Read packages…</translation>
    </message>
    <message>
        <source>Choose one or more package files to import</source>
        <translation>Choose one or more package files to import</translation>
    </message>
    <message>
        <source>…or drop package files (.iapkg) here</source>
        <translation>…or drop package files (.iapkg) here</translation>
    </message>
    <message>
        <source>Everything changed on this computer that the chief has not confirmed yet goes into one file, encrypted for the chief. Take it to the district station on a USB stick or send it by e-mail.</source>
        <translation>Everything changed on this computer that the chief has not confirmed yet goes into one file, encrypted for the chief. Take it to the district station on a USB stick or send it by e-mail.</translation>
    </message>
    <message>
        <source>A package for an inspector carries notices, tasks and the confirmation of what the station received; the package for headquarters carries the district&apos;s data.</source>
        <translation>A package for an inspector carries notices, tasks and the confirmation of what the station received; the package for headquarters carries the district&apos;s data.</translation>
    </message>
    <message>
        <source>A package for a district carries reference data, notices and the confirmation of what headquarters received.</source>
        <translation>A package for a district carries reference data, notices and the confirmation of what headquarters received.</translation>
    </message>
    <message>
        <source>No device to send to is enrolled yet. Enrol the other side&apos;s card on the Devices tab first.</source>
        <translation>No device to send to is enrolled yet. Enrol the other side&apos;s card on the Devices tab first.</translation>
    </message>
    <message>
        <source>Each file is checked whole before anything changes: a damaged package, or one meant for another computer, changes nothing. Reading a package twice changes nothing either.</source>
        <translation>Each file is checked whole before anything changes: a damaged package, or one meant for another computer, changes nothing. Reading a package twice changes nothing either.</translation>
    </message>
    <message>
        <source>Packages written and read</source>
        <translation>Packages written and read</translation>
    </message>
    <message>
        <source>Nothing written or read yet while this window is open.</source>
        <translation>Nothing written or read yet while this window is open.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer go out with the next package.</source>
        <translation>
            <numerusform>%n change made on this computer goes out with the next package.</numerusform>
            <numerusform>%n changes made on this computer go out with the next package.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has been put into a package.</source>
        <translation>Every change made on this computer has been put into a package.</translation>
    </message>
    <message>
        <source>Sealing the changes and writing the package…</source>
        <translation>Sealing the changes and writing the package…</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Writing the package</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 is written to %3. It holds %n change(s).</source>
        <translation>
            <numerusform>Package %1 for %2 is written to %3. It holds %n change.</numerusform>
            <numerusform>Package %1 for %2 is written to %3. It holds %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read sync packages</source>
        <translation>Read sync packages</translation>
    </message>
    <message>
        <source>Sync packages (*.iapkg);;All files (*)</source>
        <translation>Sync packages (*.iapkg);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and reading %1…</source>
        <translation>Checking and reading %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n file(s) to go…</source>
        <translation>
            <numerusform>Working: %n file to go…</numerusform>
            <numerusform>Working: %n files to go…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendEntryDialog</name>
    <message>
        <source>Extend the term</source>
        <translation>Extend the term</translation>
    </message>
    <message>
        <source>The term ends on %1.</source>
        <translation>The term ends on %1.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;New end</translation>
    </message>
    <message>
        <source>New end of the term</source>
        <translation>New end of the term</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Type a name for this computer.</source>
        <translation>Type a name for this computer.</translation>
    </message>
    <message>
        <source>Type the precinct number.</source>
        <translation>Type the precinct number.</translation>
    </message>
    <message>
        <source>Type the district code.</source>
        <translation>Type the district code.</translation>
    </message>
    <message>
        <source>Use letters and digits only, without spaces or signs.</source>
        <translation>Use letters and digits only, without spaces or signs.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Type a user name.</translation>
    </message>
    <message>
        <source>Creating the database. This takes a few seconds…</source>
        <translation>Creating the database. This takes a few seconds…</translation>
    </message>
    <message>
        <source>The database is ready.</source>
        <translation>The database is ready.</translation>
    </message>
    <message>
        <source>This computer&apos;s fingerprint, which the chief compares when enrolling it: %1</source>
        <translation>This computer&apos;s fingerprint, which the chief compares when enrolling it: %1</translation>
    </message>
    <message>
        <source>District inspector&apos;s log: first start</source>
        <translation>District inspector&apos;s log: first start</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>&amp;Go to sign-in</source>
        <translation>&amp;Go to sign-in</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Precinct: %1</source>
        <translation>Precinct: %1</translation>
    </message>
    <message>
        <source>First user: %1</source>
        <translation>First user: %1</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Creating the database</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;History of changes…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>History of the entry</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Earlier values</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>&amp;Set back this value</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>The value is set back; the history keeps the one before.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Packages per device</source>
        <translation>Packages per device</translation>
    </message>
    <message>
        <source>No package has gone out or come in yet. Enrol the other side&apos;s card on the Devices tab, then write a package on the Packages tab.</source>
        <translation>No package has gone out or come in yet. Enrol the other side&apos;s card on the Devices tab, then write a package on the Packages tab.</translation>
    </message>
    <message>
        <source>“Gaps” are package numbers from that device that have not arrived: ask for them. “Not confirmed yet” is what the other side has not acknowledged: it goes out again with the next package until it is.</source>
        <translation>“Gaps” are package numbers from that device that have not arrived: ask for them. “Not confirmed yet” is what the other side has not acknowledged: it goes out again with the next package until it is.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Register category</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Put on the register</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Taken off the register</translation>
    </message>
    <message>
        <source>Reason for taking off</source>
        <translation>Reason for taking off</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>How it came</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>History of the person&apos;s record</source>
        <translation>History of the person&apos;s record</translation>
    </message>
    <message>
        <source>History of the household</source>
        <translation>History of the household</translation>
    </message>
    <message>
        <source>History of the register entry</source>
        <translation>History of the register entry</translation>
    </message>
    <message>
        <source>History of the appeal</source>
        <translation>History of the appeal</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>History of the incident</translation>
    </message>
    <message>
        <source>History of the assignment</source>
        <translation>History of the assignment</translation>
    </message>
    <message>
        <source>History of the notice</source>
        <translation>History of the notice</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>History of the record</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;House</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Flat</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>Flat number</translation>
    </message>
    <message>
        <source>&amp;Landmark</source>
        <translation>&amp;Landmark</translation>
    </message>
    <message>
        <source>Landmark, for a house without a number</source>
        <translation>Landmark, for a house without a number</translation>
    </message>
    <message>
        <source>For a house without a number: behind the school, by the well</source>
        <translation>For a house without a number: behind the school, by the well</translation>
    </message>
    <message>
        <source>C&amp;oordinates</source>
        <translation>C&amp;oordinates</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>latitude, e.g. 43.2389</source>
        <translation>latitude, e.g. 43.2389</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>longitude, e.g. 76.8897</source>
        <translation>longitude, e.g. 76.8897</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>No street</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lists of residents (*.csv *.xlsx)</source>
        <translation>Lists of residents (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Import residents</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>&amp;Only the rows that would be rejected</source>
        <translation>&amp;Only the rows that would be rejected</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Rows counted: %1</source>
        <translation>Rows counted: %1</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows in the file: %Ln.</source>
        <translation>
            <numerusform>Rows in the file: %Ln.</numerusform>
            <numerusform>Rows in the file: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are checked here.</source>
        <translation>
            <numerusform>The first %Ln are checked here.</numerusform>
            <numerusform>The first %Ln are checked here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be rejected: %Ln.</source>
        <translation>
            <numerusform>Would be rejected: %Ln.</numerusform>
            <numerusform>Would be rejected: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Rows read: %1 of %2</source>
        <translation>Rows read: %1 of %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing residents</source>
        <translation>Importing residents</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>The import was stopped; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln.</source>
        <translation>
            <numerusform>Added: %Ln.</numerusform>
            <numerusform>Added: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %Ln.</source>
        <translation>
            <numerusform>Rejected: %Ln.</numerusform>
            <numerusform>Rejected: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them already in the database or earlier in the file: %Ln.</source>
        <translation>
            <numerusform>Of them already in the database or earlier in the file: %Ln.</numerusform>
            <numerusform>Of them already in the database or earlier in the file: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Why rejected</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Date of the incident</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Time of the incident</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>&amp;Register number</translation>
    </message>
    <message>
        <source>Register the number is in</source>
        <translation>Register the number is in</translation>
    </message>
    <message>
        <source>Number in the national register</source>
        <translation>Number in the national register</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>&amp;Measures taken</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;eople</translation>
    </message>
    <message>
        <source>Find a person involved</source>
        <translation>Find a person involved</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Surname, name or ID number</translation>
    </message>
    <message>
        <source>Role of the person found</source>
        <translation>Role of the person found</translation>
    </message>
    <message>
        <source>People involved and their roles</source>
        <translation>People involved and their roles</translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation>Remove from the &amp;list</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Say what happened.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>KUI/ERDR</source>
        <translation>KUI/ERDR</translation>
    </message>
    <message>
        <source>KUP/ERPP</source>
        <translation>KUP/ERPP</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>Ki&amp;nd</translation>
    </message>
    <message>
        <source>Incidents from the day</source>
        <translation>Incidents from the day</translation>
    </message>
    <message>
        <source>Incidents up to the day</source>
        <translation>Incidents up to the day</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kind of incidents shown</source>
        <translation>Kind of incidents shown</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <source>Write a new incident note (Ctrl+N)</source>
        <translation>Write a new incident note (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>The incident chosen</source>
        <translation>The incident chosen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Incidents: more than %1</source>
        <translation>Incidents: more than %1</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Incidents: %n</numerusform>
            <numerusform>Incidents: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents here. To write an incident note, press Ctrl+N.</source>
        <translation>No incidents here. To write an incident note, press Ctrl+N.</translation>
    </message>
    <message>
        <source>Choose an incident to see what happened.</source>
        <translation>Choose an incident to see what happened.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Measures taken: %1</translation>
    </message>
    <message>
        <source>Incident %1 is written.</source>
        <translation>Incident %1 is written.</translation>
    </message>
</context>
<context>
    <name>InspectorFilter</name>
    <message>
        <source>All inspectors</source>
        <translation>All inspectors</translation>
    </message>
    <message>
        <source>Show the work of</source>
        <translation>Show the work of</translation>
    </message>
    <message>
        <source>Whose records the pages show: everyone&apos;s, or one inspector&apos;s</source>
        <translation>Whose records the pages show: everyone&apos;s, or one inspector&apos;s</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>district %1</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>precinct %1</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>LockForm</name>
    <message>
        <source>The window is locked</source>
        <translation>The window is locked</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>Type the password of %1 to go on. Everything typed is kept.</translation>
    </message>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type the password of %1 to go on. Everything typed is kept.</source>
        <translation>
            <numerusform>The window locked itself after %n minute without use. Type the password of %1 to go on. Everything typed is kept.</numerusform>
            <numerusform>The window locked itself after %n minutes without use. Type the password of %1 to go on. Everything typed is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>LogCancelDialog</name>
    <message>
        <source>Cancel a log entry</source>
        <translation>Cancel a log entry</translation>
    </message>
    <message>
        <source>The entry %1 stays in the log and its history, marked as cancelled, and no longer counts in lists and reports.</source>
        <translation>The entry %1 stays in the log and its history, marked as cancelled, and no longer counts in lists and reports.</translation>
    </message>
    <message>
        <source>For example: written twice</source>
        <translation>For example: written twice</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Cancel the &amp;entry</source>
        <translation>Cancel the &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>LogEntryForm</name>
    <message>
        <source>New log entry</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;eople</translation>
    </message>
    <message>
        <source>Find a person taking part</source>
        <translation>Find a person taking part</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Surname, name or ID number</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>People taking part</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>&amp;Companion</translation>
    </message>
    <message>
        <source>Parent, guardian or teacher present</source>
        <translation>Parent, guardian or teacher present</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Sa&amp;ve entry</source>
        <translation>Sa&amp;ve entry</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>Cle&amp;ar</translation>
    </message>
    <message>
        <source>Cance&amp;l entry…</source>
        <translation>Cance&amp;l entry…</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Say in a few words what was done.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</source>
        <translation>
            <numerusform>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</numerusform>
            <numerusform>%1 is under 18: a talk with a minor needs a parent, guardian or teacher present (law 245-VIII, art. 50). Name who was there.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>The entry is saved.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>The changes are saved.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Ki&amp;nd</source>
        <translation>Ki&amp;nd</translation>
    </message>
    <message>
        <source>Entries from the day</source>
        <translation>Entries from the day</translation>
    </message>
    <message>
        <source>Entries up to the day</source>
        <translation>Entries up to the day</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Kind of entries shown</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>Entry of %1</translation>
    </message>
    <message>
        <source>The entry being corrected has changes that are not saved. Save them?</source>
        <translation>The entry being corrected has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>&amp;Cancel entry…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>CANCELLED (%1):</source>
        <translation>CANCELLED (%1):</translation>
    </message>
    <message>
        <source>Entries: more than %1</source>
        <translation>Entries: more than %1</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Entries: %n</numerusform>
            <numerusform>Entries: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries for these days and kind. Widen the dates, choose all kinds, or write a new entry in the form (Ctrl+N).</source>
        <translation>No entries for these days and kind. Widen the dates, choose all kinds, or write a new entry in the form (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>District inspector&apos;s log</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>District inspector&apos;s log</source>
        <translation>District inspector&apos;s log</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Lock the window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Show the work of</source>
        <translation>&amp;Show the work of</translation>
    </message>
    <message>
        <source>Inspector filter</source>
        <translation>Inspector filter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>District inspector&apos;s log
Version %1

Residents, the preventive register, the work log, appeals and incidents of a precinct, kept encrypted on this computer.</source>
        <translation>District inspector&apos;s log
Version %1

Residents, the preventive register, the work log, appeals and incidents of a precinct, kept encrypted on this computer.</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>precinct %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>district %1</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>headquarters</translation>
    </message>
    <message>
        <source>%1 — %2 — District inspector&apos;s log</source>
        <translation>%1 — %2 — District inspector&apos;s log</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Next field or button</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Previous field or button</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Open a menu</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt and the underlined letter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>This page: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <source>These pages hold typing that is not saved yet: %1. Save it before closing?</source>
        <translation>These pages hold typing that is not saved yet: %1. Save it before closing?</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New wanted notice</source>
        <translation>New wanted notice</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Title of the notice</source>
        <translation>Title of the notice</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Text of the notice</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Precincts</source>
        <translation>&amp;Precincts</translation>
    </message>
    <message>
        <source>Precincts the notice is for</source>
        <translation>Precincts the notice is for</translation>
    </message>
    <message>
        <source>Tick none to send it to every precinct.</source>
        <translation>Tick none to send it to every precinct.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Give the notice a title.</source>
        <translation>Give the notice a title.</translation>
    </message>
    <message>
        <source>Write who or what is sought, and the signs.</source>
        <translation>Write who or what is sought, and the signs.</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices and tasks</source>
        <translation>Notices and tasks</translation>
    </message>
    <message>
        <source>Wanted n&amp;otices</source>
        <translation>Wanted n&amp;otices</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tas&amp;ks</translation>
    </message>
    <message>
        <source>Wanted notices and tasks</source>
        <translation>Wanted notices and tasks</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Standing notices</source>
        <translation>Standing notices</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>All notices</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>No one yet</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged by %n</source>
        <translation>
            <numerusform>Acknowledged by %n</numerusform>
            <numerusform>Acknowledged by %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Which notices to show</source>
        <translation>Which notices to show</translation>
    </message>
    <message>
        <source>&amp;New notice…</source>
        <translation>&amp;New notice…</translation>
    </message>
    <message>
        <source>Write a wanted notice (Ctrl+N)</source>
        <translation>Write a wanted notice (Ctrl+N)</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Wanted notices</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Text of the notice</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;What was done</translation>
    </message>
    <message>
        <source>What was done about the notice</source>
        <translation>What was done about the notice</translation>
    </message>
    <message>
        <source>Optional: checked, not seen in the precinct</source>
        <translation>Optional: checked, not seen in the precinct</translation>
    </message>
    <message numerus="yes">
        <source>Notices: %n</source>
        <translation>
            <numerusform>Notices: %n</numerusform>
            <numerusform>Notices: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No notices here. To write one, press Ctrl+N.</source>
        <translation>No notices here. To write one, press Ctrl+N.</translation>
    </message>
    <message>
        <source>No notices here. Wanted notices arrive from the chief with sync packages; choose “All notices” to see the old ones.</source>
        <translation>No notices here. Wanted notices arrive from the chief with sync packages; choose “All notices” to see the old ones.</translation>
    </message>
    <message>
        <source>Choose a notice to read it.</source>
        <translation>Choose a notice to read it.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>precincts %1</source>
        <translation>precincts %1</translation>
    </message>
    <message>
        <source>every precinct</source>
        <translation>every precinct</translation>
    </message>
    <message>
        <source>Issued %1 by %2, for %3.</source>
        <translation>Issued %1 by %2, for %3.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <source>No one has acknowledged it yet.</source>
        <translation>No one has acknowledged it yet.</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>Save the &amp;answer</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Meetings and proposals</translation>
    </message>
    <message>
        <source>Notices and tasks</source>
        <translation>Notices and tasks</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartnershipDialogs</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>One question or proposal a line</source>
        <translation>One question or proposal a line</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Spoke for the &amp;police</source>
        <translation>Spoke for the &amp;police</translation>
    </message>
    <message>
        <source>&amp;Questions raised</source>
        <translation>&amp;Questions raised</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>A resident, or e.g. the assembly of a village</source>
        <translation>A resident, or e.g. the assembly of a village</translation>
    </message>
    <message>
        <source>Number of the written appeal, if any</source>
        <translation>Number of the written appeal, if any</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposal</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Raised by</translation>
    </message>
    <message>
        <source>&amp;Written appeal</source>
        <translation>&amp;Written appeal</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>Raised &amp;on</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Assigned to</translation>
    </message>
    <message>
        <source>Answer the proposal</source>
        <translation>Answer the proposal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>The answer, or the reason it is declined</source>
        <translation>The answer, or the reason it is declined</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Answered &amp;on</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Spoke for the police</source>
        <translation>Spoke for the police</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Raised by, where</source>
        <translation>Raised by, where</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>appeal %1</translation>
    </message>
    <message>
        <source>Meetings and proposals</source>
        <translation>Meetings and proposals</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation>New &amp;proposal…</translation>
    </message>
    <message>
        <source>Take into &amp;work</source>
        <translation>Take into &amp;work</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Meetings, reports and council sessions</source>
        <translation>Meetings, reports and council sessions</translation>
    </message>
    <message>
        <source>Proposals of residents</source>
        <translation>Proposals of residents</translation>
    </message>
    <message>
        <source>Proposals shown</source>
        <translation>Proposals shown</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Last report to residents: %1.</source>
        <translation>Last report to residents: %1.</translation>
    </message>
    <message>
        <source>Next one due %1</source>
        <translation>Next one due %1</translation>
    </message>
    <message>
        <source>The report to residents is overdue since %1</source>
        <translation>The report to residents is overdue since %1</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>Precinct passport</source>
        <translation>Precinct passport</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Post &amp;address</source>
        <translation>Post &amp;address</translation>
    </message>
    <message>
        <source>Address of the precinct post</source>
        <translation>Address of the precinct post</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>Population as the passport states it</source>
        <translation>Population as the passport states it</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <source>Households as the passport states it</source>
        <translation>Households as the passport states it</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes of the passport</source>
        <translation>Notes of the passport</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>&amp;Save the passport</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Se&amp;ttlements</source>
        <translation>Se&amp;ttlements</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Settlements of the precinct</translation>
    </message>
    <message>
        <source>O&amp;bjects of the precinct</source>
        <translation>O&amp;bjects of the precinct</translation>
    </message>
    <message>
        <source>Objects of the precinct</source>
        <translation>Objects of the precinct</translation>
    </message>
    <message>
        <source>Add an ob&amp;ject…</source>
        <translation>Add an ob&amp;ject…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>No objects yet. Schools, shops, farms and places of worship of the precinct are added with “Add an object”.</source>
        <translation>No objects yet. Schools, shops, farms and places of worship of the precinct are added with “Add an object”.</translation>
    </message>
    <message>
        <source>in the database: %1</source>
        <translation>in the database: %1</translation>
    </message>
    <message>
        <source>The passport is saved.</source>
        <translation>The passport is saved.</translation>
    </message>
    <message>
        <source>Remove an object</source>
        <translation>Remove an object</translation>
    </message>
    <message>
        <source>Remove “%1” from the precinct passport?</source>
        <translation>Remove “%1” from the precinct passport?</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Find people</translation>
    </message>
    <message>
        <source>Surname, name, ID number, phone or address</source>
        <translation>Surname, name, ID number, phone or address</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Register category</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Age to</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation>Import residents from a file</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>All settlements</translation>
    </message>
    <message>
        <source>On the register or not</source>
        <translation>On the register or not</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, type fewer letters or clear a filter.</source>
        <translation>No one found. Check the spelling, type fewer letters or clear a filter.</translation>
    </message>
    <message>
        <source>No people yet: press Ctrl+N to add one.</source>
        <translation>No people yet: press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>No people yet.</translation>
    </message>
    <message>
        <source>Many people found; scroll down to see more.</source>
        <translation>Many people found; scroll down to see more.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people; type or filter to narrow the list.</source>
        <translation>
            <numerusform>More than %Ln person; type or filter to narrow the list.</numerusform>
            <numerusform>More than %Ln people; type or filter to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <translation>
            <numerusform>Found: %Ln</numerusform>
            <numerusform>Found: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>&amp;Log entry…</source>
        <translation>&amp;Log entry…</translation>
    </message>
    <message>
        <source>Add a work log entry about the person</source>
        <translation>Add a work log entry about the person</translation>
    </message>
    <message>
        <source>Record a check of the register entry</source>
        <translation>Record a check of the register entry</translation>
    </message>
    <message>
        <source>&amp;Print the person card…</source>
        <translation>&amp;Print the person card…</translation>
    </message>
    <message>
        <source>&amp;Save the person card as PDF…</source>
        <translation>&amp;Save the person card as PDF…</translation>
    </message>
    <message>
        <source>&amp;History of the person&apos;s record…</source>
        <translation>&amp;History of the person&apos;s record…</translation>
    </message>
    <message>
        <source>History of the &amp;household…</source>
        <translation>History of the &amp;household…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person card</source>
        <translation>Person card</translation>
    </message>
    <message>
        <source>Making the person card</source>
        <translation>Making the person card</translation>
    </message>
    <message>
        <source>Person card: %1</source>
        <translation>Person card: %1</translation>
    </message>
    <message>
        <source>Sending the card to the printer</source>
        <translation>Sending the card to the printer</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>Sent to %1: %n copy.</numerusform>
            <numerusform>Sent to %1: %n copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the person card as PDF</source>
        <translation>Save the person card as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the person card</source>
        <translation>Saving the person card</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>P&amp;hones</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>8 701 123 45 67; several separated by commas</source>
        <translation>8 701 123 45 67; several separated by commas</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Settlement, street, house</source>
        <translation>Settlement, street, house</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Workplace</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This person may be in the database already. Open the person found, or create a new one if it is someone else.</source>
        <translation>This person may be in the database already. Open the person found, or create a new one if it is someone else.</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>People who may be the same</translation>
    </message>
    <message>
        <source>Open &amp;this person</source>
        <translation>Open &amp;this person</translation>
    </message>
    <message>
        <source>&amp;Create anyway: someone else</source>
        <translation>&amp;Create anyway: someone else</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Person&apos;s details</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;IIN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
</context>
<context>
    <name>PersonLogDialog</name>
    <message>
        <source>Work log entry: %1</source>
        <translation>Work log entry: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Put on the register</source>
        <translation>Put on the register</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Taken off the register</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>Home check</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Preventive work</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Appeal received</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>Appeal decided</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Edit the person&apos;s details</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Record a check of the selected entry</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Put on the register…</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>Record a &amp;check…</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>&amp;Take off the register…</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Members of the household</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Preventive register</translation>
    </message>
    <message>
        <source>Register entries and their checks</source>
        <translation>Register entries and their checks</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Everything about the person, newest first</source>
        <translation>Everything about the person, newest first</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>born %1 (%2)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Not linked to a household.</source>
        <translation>Not linked to a household.</translation>
    </message>
    <message>
        <source>flat %1</source>
        <translation>flat %1</translation>
    </message>
    <message>
        <source>Next check %1: %2</source>
        <translation>Next check %1: %2</translation>
    </message>
    <message>
        <source>Not on the register.</source>
        <translation>Not on the register.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>This computer and its place</source>
        <translation>This computer and its place</translation>
    </message>
    <message>
        <source>Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer&apos;s.</source>
        <translation>Numbers of appeals and incidents made here begin with these codes, so they never clash with another computer&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>&amp;Computer name</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>for example, Laptop of precinct 5</source>
        <translation>for example, Laptop of precinct 5</translation>
    </message>
    <message>
        <source>&amp;District code</source>
        <translation>&amp;District code</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>as the chief gave it, for example 12</source>
        <translation>as the chief gave it, for example 12</translation>
    </message>
    <message>
        <source>&amp;Precinct number</source>
        <translation>&amp;Precinct number</translation>
    </message>
    <message>
        <source>Precinct number</source>
        <translation>Precinct number</translation>
    </message>
    <message>
        <source>for example 05</source>
        <translation>for example 05</translation>
    </message>
    <message>
        <source>Precinct &amp;name</source>
        <translation>Precinct &amp;name</translation>
    </message>
    <message>
        <source>Precinct name</source>
        <translation>Precinct name</translation>
    </message>
    <message>
        <source>optional, for example the village&apos;s name</source>
        <translation>optional, for example the village&apos;s name</translation>
    </message>
</context>
<context>
    <name>PrecinctObjectDialog</name>
    <message>
        <source>Object of the precinct</source>
        <translation>Object of the precinct</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Kind of object</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation>Contact person or phone</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New object of the precinct</source>
        <translation>New object of the precinct</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Type the name.</translation>
    </message>
</context>
<context>
    <name>PrefixDialog</name>
    <message>
        <source>Number prefix of %1</source>
        <translation>Number prefix of %1</translation>
    </message>
    <message>
        <source>The laptop numbers its appeals with this prefix from the next package it imports, in a new series from 1. The numbers it has given keep their prefix.</source>
        <translation>The laptop numbers its appeals with this prefix from the next package it imports, in a new series from 1. The numbers it has given keep their prefix.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>&amp;New prefix</source>
        <translation>&amp;New prefix</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print&amp;er</source>
        <translation>Print&amp;er</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview. Where no printer is listed, the system&apos;s default printer is used.</source>
        <translation>The report goes to the printer&apos;s queue as it is shown in the preview. Where no printer is listed, the system&apos;s default printer is used.</translation>
    </message>
    <message>
        <source>The report goes to the printer&apos;s queue as it is shown in the preview.</source>
        <translation>The report goes to the printer&apos;s queue as it is shown in the preview.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Earlier values</source>
        <translation>Earlier values</translation>
    </message>
    <message>
        <source>&amp;Set back this value</source>
        <translation>&amp;Set back this value</translation>
    </message>
    <message>
        <source>The value is set back; the history keeps the one before.</source>
        <translation>The value is set back; the history keeps the one before.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>summoned to the post</source>
        <translation>summoned to the post</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Off the register</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Term ended: remove or extend</translation>
    </message>
    <message>
        <source>No regular checks</source>
        <translation>No regular checks</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>Write down the recovery key</translation>
    </message>
    <message>
        <source>The database is ready. This key is shown only now, once.</source>
        <translation>The database is ready. This key is shown only now, once.</translation>
    </message>
    <message>
        <source>If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.</source>
        <translation>If the password is forgotten, only this key opens the database again. Write it on paper now, exactly as shown, and keep the paper locked away from the computer. Do not photograph it and do not keep it in a file.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>I have &amp;written the recovery key down</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>No one found. Add the person on the People page first.</source>
        <translation>No one found. Add the person on the People page first.</translation>
    </message>
    <message>
        <source>Choose the risk level</source>
        <translation>Choose the risk level</translation>
    </message>
    <message numerus="yes">
        <source>This measure lasts %n day(s).</source>
        <translation>
            <numerusform>This measure lasts %n day.</numerusform>
            <numerusform>This measure lasts %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A court sets from %1 to %2 days: type the end it set.</source>
        <translation>A court sets from %1 to %2 days: type the end it set.</translation>
    </message>
    <message>
        <source>Choose the person: type their name and pick them.</source>
        <translation>Choose the person: type their name and pick them.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <source>%n on the register</source>
        <translation>
            <numerusform>%n on the register</numerusform>
            <numerusform>%n on the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term ended</source>
        <translation>
            <numerusform>%n term ended</numerusform>
            <numerusform>%n term ended</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Next check</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Preventive register</source>
        <translation>Preventive register</translation>
    </message>
    <message>
        <source>Register categories</source>
        <translation>Register categories</translation>
    </message>
    <message>
        <source>&amp;Overdue first</source>
        <translation>&amp;Overdue first</translation>
    </message>
    <message>
        <source>Show &amp;ended entries</source>
        <translation>Show &amp;ended entries</translation>
    </message>
    <message>
        <source>Record a &amp;check…</source>
        <translation>Record a &amp;check…</translation>
    </message>
    <message>
        <source>Record a check of the selected entry</source>
        <translation>Record a check of the selected entry</translation>
    </message>
    <message>
        <source>Open the person of the selected entry</source>
        <translation>Open the person of the selected entry</translation>
    </message>
    <message>
        <source>Put someone on the register</source>
        <translation>Put someone on the register</translation>
    </message>
    <message>
        <source>&amp;Take off the register…</source>
        <translation>&amp;Take off the register…</translation>
    </message>
    <message>
        <source>E&amp;xtend the term…</source>
        <translation>E&amp;xtend the term…</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>Open the &amp;person</translation>
    </message>
    <message>
        <source>&amp;Put on the register…</source>
        <translation>&amp;Put on the register…</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Register entries</translation>
    </message>
    <message>
        <source>No one on the register here. Press Ctrl+N to put someone on it.</source>
        <translation>No one on the register here. Press Ctrl+N to put someone on it.</translation>
    </message>
    <message>
        <source>No one on the register here.</source>
        <translation>No one on the register here.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Entries: %Ln</numerusform>
            <numerusform>Entries: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry and press C to record a check.</source>
        <translation>Select an entry and press C to record a check.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>One inspector&apos;s work in the period: households visited, the register, talks and warnings, appeals, incidents, and the overdue lists by name.</source>
        <translation>One inspector&apos;s work in the period: households visited, the register, talks and warnings, appeals, incidents, and the overdue lists by name.</translation>
    </message>
    <message>
        <source>Every inspector of the district side by side, with charts of appeals decided on time and of checks done, and the district&apos;s overdue lists.</source>
        <translation>Every inspector of the district side by side, with charts of appeals decided on time and of checks done, and the district&apos;s overdue lists.</translation>
    </message>
    <message>
        <source>Districts and regions with their totals and monthly trends.</source>
        <translation>Districts and regions with their totals and monthly trends.</translation>
    </message>
    <message>
        <source>The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer than 3”. Fit for a notice board.</source>
        <translation>The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer than 3”. Fit for a notice board.</translation>
    </message>
    <message>
        <source>One person&apos;s register card with checks and history, as of today.</source>
        <translation>One person&apos;s register card with checks and history, as of today.</translation>
    </message>
    <message>
        <source>The register of appeals received in the period, with their status and deadlines.</source>
        <translation>The register of appeals received in the period, with their status and deadlines.</translation>
    </message>
    <message>
        <source>The precinct passport as of today.</source>
        <translation>The precinct passport as of today.</translation>
    </message>
    <message>
        <source>Every district of this database</source>
        <translation>Every district of this database</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>What this database holds</translation>
    </message>
    <message>
        <source>No person chosen yet: type a name above and pick from the list.</source>
        <translation>No person chosen yet: type a name above and pick from the list.</translation>
    </message>
    <message>
        <source>Type both days as DD.MM.YYYY.</source>
        <translation>Type both days as DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Choose the person of the card first.</source>
        <translation>Choose the person of the card first.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>No report yet. Choose the report, the period and what it covers on the left, then press Generate (Ctrl+G). The report appears here as it will be printed.</source>
        <translation>No report yet. Choose the report, the period and what it covers on the left, then press Generate (Ctrl+G). The report appears here as it will be printed.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Smaller (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>W&amp;hole page</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Show whole pages</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Covers</translation>
    </message>
    <message>
        <source>Precinct or district the report covers</source>
        <translation>Precinct or district the report covers</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>Find the person of the card</source>
        <translation>Find the person of the card</translation>
    </message>
    <message>
        <source>Surname, name or ID number</source>
        <translation>Surname, name or ID number</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Language of the report</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Generate the report</translation>
    </message>
    <message>
        <source>Generate the report with these choices (Ctrl+G)</source>
        <translation>Generate the report with these choices (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Generate the report</source>
        <translation>&amp;Generate the report</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies (Ctrl+P)</source>
        <translation>Choose the printer and the copies (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Save the report as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Save the report as a PDF file</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as a spreadsheet (Ctrl+Shift+S)</source>
        <translation>Save the report&apos;s tables as a spreadsheet (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the report as a spreadsheet</source>
        <translation>Save the report as a spreadsheet</translation>
    </message>
    <message>
        <source>This report names people: printing and saving it are recorded in the journal.</source>
        <translation>This report names people: printing and saving it are recorded in the journal.</translation>
    </message>
    <message>
        <source>Gathering the figures and drawing the pages…</source>
        <translation>Gathering the figures and drawing the pages…</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Generating the report</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <source>This database holds no precinct yet, so a report has nothing to cover. Precincts come with the inspectors&apos; packages (the Sync page).</source>
        <translation>This database holds no precinct yet, so a report has nothing to cover. Precincts come with the inspectors&apos; packages (the Sync page).</translation>
    </message>
    <message>
        <source>Looking for printers</source>
        <translation>Looking for printers</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <source>Sending the report to the printer</source>
        <translation>Sending the report to the printer</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>Sending the report to the printer…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n copy(ies).</source>
        <translation>
            <numerusform>Sent to %1: %n copy.</numerusform>
            <numerusform>Sent to %1: %n copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>The choices changed after this report was made: print and save give the report shown. Press Generate (Ctrl+G) to make it with the new choices.</source>
        <translation>The choices changed after this report was made: print and save give the report shown. Press Generate (Ctrl+G) to make it with the new choices.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <source>This computer has no database yet. Answer a few questions and the application creates one.</source>
        <translation>This computer has no database yet. Answer a few questions and the application creates one.</translation>
    </message>
    <message>
        <source>Who works with this computer</source>
        <translation>Who works with this computer</translation>
    </message>
    <message>
        <source>&amp;District inspector</source>
        <translation>&amp;District inspector</translation>
    </message>
    <message>
        <source>Residents, the preventive register, the log and the appeals of one precinct.</source>
        <translation>Residents, the preventive register, the log and the appeals of one precinct.</translation>
    </message>
    <message>
        <source>&amp;Chief of the district inspectors</source>
        <translation>&amp;Chief of the district inspectors</translation>
    </message>
    <message>
        <source>Receives the inspectors&apos; packages of a district, sees overdue work, sends notices and tasks.</source>
        <translation>Receives the inspectors&apos; packages of a district, sees overdue work, sends notices and tasks.</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Headquarters</translation>
    </message>
    <message>
        <source>Receives the districts&apos; packages and prints reports for districts and regions.</source>
        <translation>Receives the districts&apos; packages and prints reports for districts and regions.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>&amp;Kazakhstan</source>
        <translation>&amp;Kazakhstan</translation>
    </message>
    <message>
        <source>K&amp;yrgyzstan</source>
        <translation>K&amp;yrgyzstan</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Language of the window</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.</source>
        <translation>The window speaks the new language at once; nothing typed on other pages is lost. Reports and messages of the database follow it too.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Lock &amp;after, minutes without use</source>
        <translation>Lock &amp;after, minutes without use</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Minutes without use before the window locks</translation>
    </message>
    <message>
        <source>The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.</source>
        <translation>The locked window asks for the password again and keeps everything typed. Ctrl+L locks it at once.</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Users of this computer</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Add a user…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>From now on, sign in and unlock with the new password.</source>
        <translation>From now on, sign in and unlock with the new password.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Register an appeal</source>
        <translation>Register an appeal</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Save the entry</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncDevices</name>
    <message>
        <source>enrolled here</source>
        <translation>enrolled here</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>through %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>No. %1, %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>all confirmed</source>
        <translation>all confirmed</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>in order</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of changes</source>
        <translation>
            <numerusform>%n batch of changes</numerusform>
            <numerusform>%n batches of changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>rewritten</translation>
    </message>
    <message>
        <source>Restored from a backup: journal entries %1 to %2 of this device are lost. What it had sent before is kept here and goes back to it.</source>
        <translation>Restored from a backup: journal entries %1 to %2 of this device are lost. What it had sent before is kept here and goes back to it.</translation>
    </message>
    <message>
        <source>The journal in package %2 no longer extends what package %1 showed: records of this device may have been changed behind the application&apos;s back. Report it.</source>
        <translation>The journal in package %2 no longer extends what package %1 showed: records of this device may have been changed behind the application&apos;s back. Report it.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) received in all</source>
        <translation>
            <numerusform>%n package received in all</numerusform>
            <numerusform>%n packages received in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written in all</source>
        <translation>
            <numerusform>%n package written in all</numerusform>
            <numerusform>%n packages written in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message numerus="yes">
        <source>Devices this computer exchanges packages with: %n.</source>
        <translation>
            <numerusform>Devices this computer exchanges packages with: %n.</numerusform>
            <numerusform>Devices this computer exchanges packages with: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rewrote their history: see the Journal column.</source>
        <translation>
            <numerusform>%n of them rewrote its history: see the Journal column.</numerusform>
            <numerusform>%n of them rewrote their history: see the Journal column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received were set aside: the device that made them may not make them. They are kept for the chief&apos;s review.</source>
        <translation>
            <numerusform>%n change received was set aside: the device that made it may not make it. It is kept for the chief&apos;s review.</numerusform>
            <numerusform>%n changes received were set aside: the device that made them may not make them. They are kept for the chief&apos;s review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Packages</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Conflicts (%n)</numerusform>
            <numerusform>&amp;Conflicts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>precinct %1</source>
        <translation>precinct %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>district %1</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>chief</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>headquarters</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported.</source>
        <translation>%1: already imported.</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n record changed</numerusform>
            <numerusform>%n records changed</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported from %2.</source>
        <translation>%1: imported from %2.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Inspector who gets the task</source>
        <translation>Inspector who gets the task</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Title of the task</source>
        <translation>Title of the task</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>No inspector is known to this database yet: enrol one first.</source>
        <translation>No inspector is known to this database yet: enrol one first.</translation>
    </message>
    <message>
        <source>Say in a few words what is to be done.</source>
        <translation>Say in a few words what is to be done.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Which tasks to show</translation>
    </message>
    <message>
        <source>New ta&amp;sk…</source>
        <translation>New ta&amp;sk…</translation>
    </message>
    <message>
        <source>Give an inspector a task (Ctrl+T)</source>
        <translation>Give an inspector a task (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>The task chosen</source>
        <translation>The task chosen</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>What was &amp;done</translation>
    </message>
    <message>
        <source>Report on the task</source>
        <translation>Report on the task</translation>
    </message>
    <message>
        <source>&amp;Take the task</source>
        <translation>&amp;Take the task</translation>
    </message>
    <message>
        <source>&amp;Report done</source>
        <translation>&amp;Report done</translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n</source>
        <translation>
            <numerusform>Tasks: %n</numerusform>
            <numerusform>Tasks: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks here. To give one, press Ctrl+T.</source>
        <translation>No tasks here. To give one, press Ctrl+T.</translation>
    </message>
    <message>
        <source>No tasks here. Tasks arrive from the chief with sync packages.</source>
        <translation>No tasks here. Tasks arrive from the chief with sync packages.</translation>
    </message>
    <message>
        <source>Choose a task to read it.</source>
        <translation>Choose a task to read it.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>Due by %1: %2.</source>
        <translation>Due by %1: %2.</translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation>Taken %1.</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>Done %1: %2</translation>
    </message>
    <message>
        <source>Write what was done, then report.</source>
        <translation>Write what was done, then report.</translation>
    </message>
</context>
<context>
    <name>TerritoryNameDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code (KATO or SOATE)</source>
        <translation>Code (KATO or SOATE)</translation>
    </message>
    <message>
        <source>New settlement</source>
        <translation>New settlement</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>New street</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Type the name.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>No street</source>
        <translation>No street</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Precinct</translation>
    </message>
    <message>
        <source>Precinct shown</source>
        <translation>Precinct shown</translation>
    </message>
    <message>
        <source>Settlements and &amp;households</source>
        <translation>Settlements and &amp;households</translation>
    </message>
    <message>
        <source>Precinct p&amp;assport</source>
        <translation>Precinct p&amp;assport</translation>
    </message>
    <message>
        <source>&amp;Settlements</source>
        <translation>&amp;Settlements</translation>
    </message>
    <message>
        <source>St&amp;reets</source>
        <translation>St&amp;reets</translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation>Hous&amp;eholds</translation>
    </message>
    <message>
        <source>Settlements of the precinct</source>
        <translation>Settlements of the precinct</translation>
    </message>
    <message>
        <source>Streets of the settlement</source>
        <translation>Streets of the settlement</translation>
    </message>
    <message>
        <source>Households of the street</source>
        <translation>Households of the street</translation>
    </message>
    <message>
        <source>Add a settle&amp;ment…</source>
        <translation>Add a settle&amp;ment…</translation>
    </message>
    <message>
        <source>Add a s&amp;treet…</source>
        <translation>Add a s&amp;treet…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>Add a household to this street (Ctrl+N)</source>
        <translation>Add a household to this street (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Choose a settlement and a street to see its households.</source>
        <translation>Choose a settlement and a street to see its households.</translation>
    </message>
    <message>
        <source>Households: more than %1</source>
        <translation>Households: more than %1</translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>Households: %n</numerusform>
            <numerusform>Households: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No households here yet. To add one, press Ctrl+N.</source>
        <translation>No households here yet. To add one, press Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Register category</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Wanted notice</source>
        <translation>Wanted notice</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Register checks</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Wanted notices</source>
        <translation>Wanted notices</translation>
    </message>
    <message>
        <source>Residents&apos; proposals</source>
        <translation>Residents&apos; proposals</translation>
    </message>
    <message>
        <source>Register checks overdue and due this week</source>
        <translation>Register checks overdue and due this week</translation>
    </message>
    <message>
        <source>Appeals overdue and due within 3 working days</source>
        <translation>Appeals overdue and due within 3 working days</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Unread wanted notices</source>
        <translation>Unread wanted notices</translation>
    </message>
    <message>
        <source>Proposals of residents overdue or due this week, and the report to residents</source>
        <translation>Proposals of residents overdue or due this week, and the report to residents</translation>
    </message>
    <message>
        <source>%1; this week runs to %2.</source>
        <translation>%1; this week runs to %2.</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet: make one in Settings.</source>
        <translation>No backup of this database has been made yet: make one in Settings.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is %n day(s) old: make one in Settings.</source>
        <translation>
            <numerusform>The newest backup is %n day old: make one in Settings.</numerusform>
            <numerusform>The newest backup is %n days old: make one in Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1. Due this week: %2.</source>
        <translation>Overdue: %1. Due this week: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Due within 3 working days: %2.</source>
        <translation>Overdue: %1. Due within 3 working days: %2.</translation>
    </message>
    <message>
        <source>Overdue: %1. Other open tasks: %2.</source>
        <translation>Overdue: %1. Other open tasks: %2.</translation>
    </message>
    <message>
        <source>Not read yet: %2.</source>
        <translation>Not read yet: %2.</translation>
    </message>
    <message>
        <source>Term ended, to remove or extend: %1.</source>
        <translation>Term ended, to remove or extend: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>The first %n is shown.</numerusform>
            <numerusform>The first %n are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No home check is overdue or due this week. People are put on the register, and their checks recorded, on the Register page.</source>
        <translation>No home check is overdue or due this week. People are put on the register, and their checks recorded, on the Register page.</translation>
    </message>
    <message>
        <source>No appeal is overdue or due within 3 working days. To register a new appeal, open the Appeals page and press Ctrl+N.</source>
        <translation>No appeal is overdue or due within 3 working days. To register a new appeal, open the Appeals page and press Ctrl+N.</translation>
    </message>
    <message>
        <source>No proposal of residents is overdue or due this week. Questions raised at meetings and receptions are tracked on the Meetings and proposals page.</source>
        <translation>No proposal of residents is overdue or due this week. Questions raised at meetings and receptions are tracked on the Meetings and proposals page.</translation>
    </message>
    <message>
        <source>No open tasks. Tasks from the chief arrive with sync packages.</source>
        <translation>No open tasks. Tasks from the chief arrive with sync packages.</translation>
    </message>
    <message>
        <source>No open tasks. To give an inspector a task, open Notices and tasks and press Ctrl+T.</source>
        <translation>No open tasks. To give an inspector a task, open Notices and tasks and press Ctrl+T.</translation>
    </message>
    <message>
        <source>No unread wanted notices. New notices arrive with sync packages; the Notices and tasks page lists them all.</source>
        <translation>No unread wanted notices. New notices arrive with sync packages; the Notices and tasks page lists them all.</translation>
    </message>
    <message>
        <source>No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N.</source>
        <translation>No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>TypingGuard</name>
    <message>
        <source>What you typed here is not saved yet. Save it?</source>
        <translation>What you typed here is not saved yet. Save it?</translation>
    </message>
</context>
<context>
    <name>UnavailablePanel</name>
    <message>
        <source>This page is not available</source>
        <translation>This page is not available</translation>
    </message>
    <message>
        <source>The page “%1” is not part of this version of the application yet. The other pages work as usual.</source>
        <translation>The page “%1” is not part of this version of the application yet. The other pages work as usual.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>The first user</translation>
    </message>
    <message>
        <source>This user looks after the database: signs in first and adds the other users.</source>
        <translation>This user looks after the database: signs in first and adds the other users.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>for example ivanov</source>
        <translation>for example ivanov</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.</source>
        <translation>At least 8 characters that no one can guess: the database holds personal data. The password cannot be read back from the database; if it is forgotten, only the recovery key shown at the end opens the database again.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>District inspector</source>
        <translation>District inspector</translation>
    </message>
    <message>
        <source>Assistant district inspector</source>
        <translation>Assistant district inspector</translation>
    </message>
    <message>
        <source>Chief of the district inspectors</source>
        <translation>Chief of the district inspectors</translation>
    </message>
    <message>
        <source>Headquarters analyst</source>
        <translation>Headquarters analyst</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
</context>
<context>
    <name>WorkText</name>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Medical post or clinic</source>
        <translation>Medical post or clinic</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Café or canteen</source>
        <translation>Café or canteen</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <translation>Place of worship</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Farm</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Local administration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>KUP/ERPP number</source>
        <translation>KUP/ERPP number</translation>
    </message>
    <message>
        <source>KUI/ERDR number</source>
        <translation>KUI/ERDR number</translation>
    </message>
    <message>
        <source>Term ended: remove or extend</source>
        <translation>Term ended: remove or extend</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Deadline today</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Decided %1</translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation>Forwarded %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Cancelled %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Acknowledged %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Type the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>The date is later than %1.</source>
        <translation>The date is later than %1.</translation>
    </message>
    <message>
        <source>The date is earlier than %1.</source>
        <translation>The date is earlier than %1.</translation>
    </message>
</context>
</TS>
