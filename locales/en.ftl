## Shutaf — English

app-title = Shutaf
app-tagline = Planning education partnerships
skip-to-content = Skip to content
nav-home = All plans
nav-main = Main menu
language-label = Language
action-undo = Undo
    .title = Undo (Ctrl+Z)
action-redo = Redo
    .title = Redo (Ctrl+Shift+Z or Ctrl+Y)
menu-import = Import a file…
menu-export-workspace = Export workspace
menu-restore-demo = Restore the demo
save-status-saved = Saved in this browser
save-status-pending = Saving…
save-status-memory = Not saved: kept in this window only
save-status-conflict = Not saved: changed in another tab
storage-usage = { $percent }% of this browser's storage used

## Buttons used everywhere

close = Close
cancel = Cancel
dismiss = Dismiss
undo-button = Undo

## Home: the list of plans

home-title = Your plans
home-intro = Each plan describes one partnership: who takes part, what each brings, and where it is going.
home-empty-title = No plans yet
home-empty-body = Start with a new plan for your partnership, or look around the demo workspace: it has an example of each kind of partnership, drawn from the field.
home-empty-demo = Load the demo workspace
plan-create-title = New plan
plan-name-label = Plan name
plan-kind-label = Kind of partnership
plan-create-button = Create plan
plan-open = Open
plan-rename = Rename
plan-rename-save = Save name
plan-duplicate = Duplicate
plan-delete = Delete
plan-export = Export
plan-copy-name = { $name } (copy)
plan-dates = { $start } – { $end }
plan-no-dates = No dates set
plan-partner-count = { $count ->
    [one] One partner
   *[other] { $count } partners
}
plan-people-count = { $count ->
    [one] one person
   *[other] { $count } people
}
plan-actions = Actions for { $name }
search-plans = Search plans, partners, people and tasks
search-no-results = No plan matches “{ $query }”.

## Kinds of partnership

kind-school_support = School support array
    .desc = The support bodies around a focus school: who brings what, and how they work together.
kind-municipal_ecosystem = Municipal ecosystem
    .desc = A local education ecosystem with a steering committee, working groups and a multi-year work plan.
kind-school_partnership = School-to-school partnership
    .desc = Schools that learn and work together, from occasional meetings to shared resources.
kind-network_cluster = Network cluster
    .desc = A network of organisations convened around a shared goal, with its convener and members.
kind-coaching_partnership = Coaching partnership
    .desc = Educational leaders coaching each other, session by session, through the year.

## A plan

plan-back = Back to all plans
section-details = Details
section-partners = Partners
section-people = People
field-name = Name
field-kind = Kind of partnership
field-start-date = Start date
field-end-date = End date
field-description = What the partnership is for
field-required = (required)

partners-intro = The bodies taking part in this plan, and what each one adds.
partners-empty = No partners yet. Add the first body that takes part.
partner-new-name = New partner's name
partner-add = Add partner
partner-remove = Remove partner
partner-remove-named = Remove { $name }
partner-name = Name
partner-origin = Origin
partner-sector = Sector
partner-relationship = Relationship to the plan
partner-representative = Representative and role
partner-added-value = Added value
partner-notes = Notes
partner-missing-added-value = No added value stated yet

origin-local_authority = Local authority
origin-ministry = Ministry of Education
origin-school_network = School network
origin-ngo = Non-profit organisation
origin-foundation = Foundation
origin-academia = Academia
origin-business = Business
origin-school = School
origin-other = Other

sector-public = Public sector
sector-business = Business sector
sector-third = Third sector

relationship-strategic = Strategic partner
relationship-funding = Funding partner
relationship-operator = Programme operator
relationship-network = Network partner
relationship-school = School

people-intro = The people who take part, and whom they represent.
people-empty = No people yet. Add the first person who takes part.
person-new-name = New person's name
person-add = Add person
person-remove = Remove person
person-remove-named = Remove { $name }
person-name = Name
person-role = Role
person-partner = Represents
person-partner-none = (no partner)
person-contact = How to reach
person-notes = Notes

## Import and export

import-drop-hint = Drop a Shutaf file here to import it
import-errors-title = This file cannot be imported
import-errors-intro = Nothing was changed. The file “{ $file }” has these problems:
import-warnings-title = Worth knowing before you import
import-confirm-title = Import “{ $file }”?
import-confirm-workspace = The file holds a workspace with { $count ->
    [one] one plan
   *[other] { $count } plans
}.
import-confirm-plan = The file holds the plan “{ $name }”.
import-add-plans = Add to my plans
import-replace-workspace = Replace my workspace
import-replace-note = Replacing removes your current plans; you can undo it, and you may want to export them first.
import-done = { $count ->
    [one] One plan imported.
   *[other] { $count } plans imported.
}
import-replaced = Workspace replaced by the imported file.
import-file-too-large = The file “{ $file }” is { $size } MB; Shutaf imports files up to { $max } MB.
import-read-failed = The file “{ $file }” could not be read.
problem-location = At { $path }:

problem-empty = The file is empty.
problem-too-large = The file is { $size } MB; files up to { $max } MB can be imported.
problem-not-json = This is not a JSON file (error at line { $line }, column { $column }).
problem-truncated = The file ends too early: it was probably cut off while being copied or downloaded.
problem-too-deep = The file is nested far deeper than any Shutaf file.
problem-not-shutaf = This JSON file was not made by Shutaf.
problem-newer-version = The file was made by a newer version of Shutaf (format { $found }; this version reads up to { $supported }). Open it in the newer version.
problem-bad-version = The format version is missing or is not a whole number.
problem-missing-field = The required field “{ $field }” is missing.
problem-wrong-type = Expected { $expected } here.
problem-unknown-value = “{ $value }” is not an allowed value. Allowed: { $allowed }.
problem-invalid = This value is not valid: { $detail }
problem-plan-file-count = A plan file holds exactly one plan; this one holds { $count }.
problem-too-many = { $count } items are more than the { $max } a file may hold.
problem-duplicate-id = The id “{ $id }” is used twice.
problem-dangling-reference = This refers to “{ $id }”, which does not exist in the plan.
problem-bad-id = An id may have only Latin letters, digits, “-” and “_”, up to 64 characters.
problem-empty-name = A name is required here.
problem-bad-date = “{ $value }” is not a date in the form YYYY-MM-DD.
problem-dates-out-of-order = The end date is before the start date.
problem-text-cut = The text was longer than { $max } characters and was cut.
problem-bidi-removed = { $count ->
    [one] One invisible direction-control character was removed.
   *[other] { $count } invisible direction-control characters were removed.
}
problem-unknown-field = A field this version does not know; it will be left out.
problem-unknown-instrument = “{ $id }” is not an instrument this version of Shutaf knows.
problem-unknown-item = The instrument has no item “{ $item }”.
problem-answer-mismatch = This answer does not fit its question (wrong kind of answer, an unknown option, or out of range).
problem-round-mismatch = This response belongs to a round of another instrument.
problem-out-of-range = Expected a number from { $min } to { $max }.
value-type-text = text
value-type-number = a number
value-type-boolean = true or false
value-type-list = a list
value-type-object = an object

## Saving and storage

storage-corrupted = The data saved in this browser is damaged and could not be opened. It was kept aside, untouched; download it to keep it or to send it for help. You are starting with an empty workspace.
storage-corrupted-unsaved = The data saved in this browser is damaged and could not be opened, and there was no room to keep a copy aside. Download it now: until you do, Shutaf will not save over it.
storage-download-backup = Download the damaged data
storage-unavailable = This browser does not let Shutaf save (private browsing, or storage switched off). You can keep working: your work stays in this window until you close it. Export it to a file to keep it.
storage-full = This browser's storage is full, so your latest changes were not saved. They are still here: export your workspace to a file, then remove old plans to make room.
storage-nearly-full = This browser's storage is { $percent }% full. Export your workspace to a file to be safe.
storage-newer = The data saved in this browser was made by a newer version of Shutaf. It was left untouched. Changes you make here will not be saved; export them to a file.
storage-reloaded = Your workspace was updated from another tab.
storage-conflict-title = Changed in another tab
storage-conflict-body = This workspace was changed in another tab or window while you were editing here. Choose which version to keep; the other is lost unless you download it first.
conflict-load-theirs = Use the other tab's version
conflict-keep-mine = Keep this tab's version
conflict-download-mine = Download this tab's version
demo-confirm-title = Restore the demo workspace?
demo-confirm-body = The demo replaces the plans in this browser. You can undo it, and you may want to export your plans first.
demo-confirm-button = Restore the demo
demo-unavailable = The demo workspace could not be loaded. Check the connection and try “Restore the demo” again.
loading = Loading…
texts-unavailable = The texts of the instruments could not be loaded. Check the connection and reload the page.
locale-unavailable = The texts of that language could not be loaded, so the page stays in this one. Check the connection and try again.
demo-restored = The demo workspace was restored.

## Errors of editing

error-empty-name = A name cannot be empty.
error-dates-out-of-order = The end date cannot be before the start date.
error-not-found = What you edited no longer exists; it may have been removed in another tab.
error-answer = This answer does not fit the question, so it was not saved.
error-duplicate-id = This id is already in use.
error-invalid-id = This id is not valid.
error-too-many = This list is full; remove something before adding more.
plan-deleted = The plan “{ $name }” was deleted.
nothing-to-undo = Nothing to undo.

## Instruments

section-instruments = Instruments
section-tasks = Tasks
instruments-intro = Checklists, questionnaires and models from the field. Fill them alone or with others, in rounds over time.
instruments-suggested = Suggested for this kind of plan
instruments-more = More instruments ({ $count })
instrument-rounds = { $count ->
    [0] Not used yet
    [one] One round
   *[other] { $count } rounds
} · { $responses ->
    [one] one response
   *[other] { $responses } responses
}
instrument-unused = Not used yet
instrument-back = Back to the plan
instrument-source = Source
scale-note = The 1–5 scale is Shutaf's choice: the source document gives no scale.
shape-checklist = Checklist
shape-questionnaire = Questionnaire
shape-self_assessment = Self-assessment
shape-staged_model = Staged model
shape-classifier = Classifier
rounds-title = Rounds
round-empty = No rounds yet. Start one to fill the instrument, alone or with several respondents.
round-new-name = Name of a new round
round-new-default = Round { $n }
round-add = Start a round
round-remove = Remove the round
round-no-responses = No responses in this round yet.
response-add = Add a response
response-for = About
response-subject-plan = The plan as a whole
response-open = Fill in
response-remove = Remove
response-anonymous = No name given
response-progress = { $answered } of { $total } answered
respondent-label = Respondent (a name or a role; optional)
response-done = Back to the instrument
print = Print
answer-yes = Yes
answer-no = No
answer-clear = Clear the answer
agree-1 = Not at all
agree-2 = A little
agree-3 = Partly
agree-4 = Largely
agree-5 = Fully
agree-dont-know = Don't know
actions-item = Action { $n }
actions-to-tasks = { $count ->
    [one] Turn the action into a task
   *[other] Turn { $count } actions into tasks
}

## Results

results-title = Results
results-none = No answers yet.
results-of-round = Round: { $round }
results-respondents = { $count ->
    [one] one respondent
   *[other] { $count } respondents
}
results-compare = Compare with an earlier round
results-compare-none = (no comparison)
results-comparing = Compared with the round “{ $round }”.
results-done = { $done } of { $total } done
results-remaining = Still to do:
results-all-done = All done.
results-section-mean = Mean of each section
results-item = Item
results-mean = Mean
results-spread = Spread
results-n = Answers
results-dont-know = Don't know
results-change = Change
results-disagreement = Where respondents disagree most
results-ladder = The stages, in order
results-current-stage = Where it stands
results-no-stage = No stage is reached yet
results-next-step = Next step
results-evidence-missing = What is still missing:
results-out-of-order = A later stage is met while an earlier one is not: look at the earlier one again.
results-level = Level { $level }: { $title }
results-why = Why this level
results-answer-points = points to level { $level }
results-next-level = The next level
results-then = Then
results-ideal = The ideal
results-ideal-ok = Matches the ideal
results-ideal-gap = { $gap } from the ideal

## Warnings and tasks

warnings-title = { $count ->
    [0] No open warnings
    [one] One warning
   *[other] { $count } warnings
}
warning-source = Why:
warning-open = Open “{ $instrument }”
warning-holds = In { $n } of { $total } responses
warning-dismiss = Dismiss…
warning-dismiss-reason = Why does this warning not apply?
warning-dismiss-save = Dismiss the warning
warning-dismissed-title = Dismissed warnings ({ $count })
warning-reason = Reason
warning-restore = Bring back
tasks-summary = { $open } open, { $overdue } overdue
tasks-empty = No tasks yet.
list-showing = Showing { $shown } of { $total }
list-show-more = Show { $count } more
task-new = New task
task-add = Add task
task-title = Task
task-owner = Owner
task-owner-none = (no owner)
task-due = Due
task-overdue = Overdue
task-remove = Remove “{ $title }”

## Plan overview

overview-title = Where the plan stands
overview-next = Suggested next step
overview-next-warning = deal with a warning: { $message }
overview-next-overdue = a task is overdue: “{ $title }”.
overview-next-assess = find out where the partnership stands: fill in “{ $instrument }”.
overview-next-stage = towards “{ $stage }” ({ $instrument }): { $what }
overview-next-nothing = nothing stands out. Keep going.
overview-go = Go there
overview-assess = Fill it in
overview-not-assessed = not assessed yet
overview-latest = Latest results
overview-attention = { $warnings ->
    [one] One open warning
   *[other] { $warnings } open warnings
} · { $overdue ->
    [one] one overdue task
   *[other] { $overdue } overdue tasks
} · { $soon ->
    [one] one task due within two weeks
   *[other] { $soon } tasks due within two weeks
}
home-stage = { $instrument }: { $stage }
home-attention = { $count ->
    [one] One thing needs attention
   *[other] { $count } things need attention
}

## Partnership passport and ideas

passport-open = Partnership passport
passport-title = Partnership passport
passport-missing = The passport is drawn from the partnership profile card, which is not filled in yet.
passport-fill = Fill in the profile card
passport-edit = Edit the profile card
passport-continuum = Place on the sharing continuum
passport-continuum-missing = Not placed on the sharing continuum yet.
passport-place = Place it
passport-size = { $count } schools: { $class }
passport-warnings = Worth planning for
passport-section-empty = Not filled in.
size-pair = a pair of schools
size-small = a small group
size-expanded = an expanded partnership (four schools or more): it needs coordination and stability
size-dozens = dozens of schools: seen as too many to be useful
ideas-title = Ideas
idea-to-task = Make it a task
idea-is-task = already a task
horizon-short = short term
horizon-medium = medium term
horizon-long = long term

## Workshop mode: invitations, responses and plans by link or code (issue 4)
code-error-empty = There is no code in it.
code-error-too-long = It is too long to be a Shutaf code.
code-error-not-a-code = It is not a Shutaf link or code.
code-error-damaged = It is damaged (cut, lengthened or changed). Ask for it again.
code-error-newer = It comes from a newer Shutaf. Reload to update.
code-error-invalid = Its content is not what Shutaf writes.
code-refused = This link or code could not be opened; nothing was changed.
code-no-round = This response is for a round not in this workspace.
code-copy = Copy
code-copied = Copied.
code-download = Download as a file
invite-make = Invite by link
invite-link = Invitation link
invite-hint = The questionnaire travels in the link itself; answers stay on each device until sent back to you.
qr-invitation = QR code of the invitation link
qr-response = QR code of the response link
qr-hint = Scan it with a phone's camera to open the link.
qr-too-long = This link has { $length } characters, too many for a QR code (at most { $max }): send the link, the code or the file instead.
qr-too-long-link = This link has { $length } characters, too many for a QR code (at most { $max }): send the link itself.
qr-too-long-code = These answers are too many for a link or a QR code ({ $length } characters; a QR code holds at most { $max }): send the code or the file instead.
collect-title = Collect responses
collect-label = Paste response codes or links (any number)
collect-add = Add the responses
collect-files = Choose response files
collect-added = { $who }: added.
collect-updated = { $who }: changed answers, which replace the earlier ones.
collect-duplicate = { $who }: already here, not added again.
collect-other-round = Belongs to the round “{ $round }”, not this one: not added.
collect-other-round-unknown = Belongs to another round: not added.
collect-other-instrument = Answers another questionnaire, not added.
collect-subject-gone = About a partner or person no longer in the plan, not added.
collect-not-response = An invitation or a plan, not a response.
collect-done = { $count ->
    [one] One response added.
   *[other] { $count } responses added.
}
received-title = Responses received
received-intro = For the round “{ $round }” of the plan “{ $plan }”:
received-add = { $count ->
    [one] Add one response
   *[other] Add { $count } responses
}
share-plan-link = Share by link
share-plan-link-label = Link to a copy of this plan
share-plan-hint = The receiver is asked before the plan is added, as a copy.
share-plan-too-long = The link would have { $length } characters, more than { $max }: share a file instead.
share-plan-received = a shared link
respond-invited = You are invited to answer
respond-unknown = This version of Shutaf does not know this questionnaire. Reload, or ask for a new link.
respond-privacy = Your answers stay on this device until you send them; you can finish later from the same link.
respond-saved = saved on this device
respond-not-saved = not saved on this device: send before closing
respond-send-title = Send your answers
respond-send-intro = Make your response code and send it to whoever invited you: as text, link or file.
respond-prepare = Make my response code
respond-code = Response code
respond-link = Response link
respond-leave = Leave the questionnaire
app-new-version = A new version of Shutaf is available.
app-reload = Reload

## Governance and the work plan (issue 6)
section-governance = Governance and work plan
gov-intro = The ecosystem's stage, mission and goals, the work plan with its budget, the bodies that lead it and their meetings.
gov-summary = { $goals } goals · { $components } action components · { $bodies } bodies · { $meetings } meetings · { $warnings } warnings
gov-open = Open governance and work plan
gov-back = Back to the plan
gov-back-to-governance = Back to governance
gov-title = Governance and work plan
gov-year-open = Planning-year summary
gov-h-stage = Stage
gov-h-charter = Mission and vision
gov-h-workplan = Work plan
gov-h-timeline = Timeline by year
gov-h-bodies = Bodies
gov-h-meetings = Meetings
gov-h-figures = Infrastructure figures
gov-h-community = Community engagement
gov-stage-none = (not said)
gov-stage-here = We are here
gov-stage-label = Where the ecosystem stands
gov-stage-not-assessed = The stages model has not been filled in yet.
gov-stage-assessed = By the stages model filled in: { $stage }
gov-done = done
gov-not-done = not yet
gov-stage-fill = Fill in the stages model
gov-mission = Mission
gov-vision = Vision
gov-overarching-goal = Overarching goal
gov-removed = (removed)
gov-none = (none)
gov-workplan-intro = Each goal has levers and each lever action components, usually two or three core programmes per goal, run by an executing body and funded by a partner.
gov-no-levers = No levers yet: add one in the goal's cell.
gov-no-components = No action components yet.
gov-col-goal = Goal
gov-col-lever = Lever
gov-col-components = Action components
gov-col-executor = Executing body and funder
gov-col-budget = Budget
gov-col-name = Name
gov-total = Total
gov-unassigned = (not assigned)
gov-no-goals = No goals yet.
gov-loose = { $count } levers or components belong to a goal or lever that was removed.
gov-goal-new = New goal
gov-goal-add = Add goal
gov-per-goal = Budget by goal
gov-per-executor = Budget by executing body
gov-per-funder = Budget by funder
gov-goal = Goal
gov-subtotal = Subtotal
gov-goal-details = Target, baseline, deadline, working group
gov-target = Target (a number where possible)
gov-baseline = Baseline
gov-deadline = Deadline
gov-owning-group = Owning working group
gov-goal-remove = Remove goal
gov-lever = Lever
gov-lever-new = New lever
gov-lever-add = Add lever
gov-lever-remove = Remove lever
gov-component = Action component
gov-component-new = New action component
gov-component-add = Add component
gov-component-remove = Remove component
gov-core = Core programme
gov-from-year = From year
gov-to-year = To year
gov-executor = Executing body
gov-funder = Funder
gov-budget = Budget
gov-goals-ok = Every goal has two or three core programmes and an executing body for each component.
gov-bodies-ok = The working groups follow the recommendations.
gov-warn-core-programs = “{ $name }” has { $count } core programmes; two or three per goal are recommended.
gov-warn-no-executor = “{ $name }” has action components without an executing body (or none at all).
gov-warn-group-size = The working group “{ $name }” has { $count } members; 10 to 20 are recommended.
gov-warn-chairs = The working group “{ $name }” has { $count } chairs; two are recommended, a content expert and a representative of the authority.
gov-warn-no-chair-on-steering = No chair of the working group “{ $name }” sits on the steering committee.
gov-warn-missing-traits = In “{ $name }”, { $count } members lack one of the four traits: { $people }.
gov-timeline-empty = No action component has years yet.
gov-runs = runs
gov-unscheduled = { $count } action components have no years yet.
gov-bodies-intro = Steering committee, planning forum, working groups (one per goal, 10–20 members, two chairs), leading team and measurement group, with members from the plan's people.
gov-body-new = New body
gov-body-add = Add body
gov-body-name = Name
gov-body-kind = Kind
gov-kind-steering_committee = Steering committee
gov-kind-planning_forum = Planning forum
gov-kind-working_group = Working group
gov-kind-leading_team = Leading team
gov-kind-measurement_group = Measurement and evaluation group
gov-members = Members
gov-members-count = { $count } members, { $chairs } chairs
gov-member = Person
gov-partner = Partner
gov-chair = Chair
gov-trait-experience = First-hand experience
gov-trait-influence = Will to make a difference
gov-trait-commitment = Can attend every meeting
gov-trait-authority = Can represent the organisation
gov-actions = Actions
gov-member-choose = (choose a person)
gov-member-add = Add a member
gov-member-remove = Remove { $name }
gov-first-months = The first six months: the focus of each month
gov-month-n = Month { $n }
gov-channels = Recruitment channels used
gov-channel-publicise = Announced to every member of the ecosystem
gov-channel-recommend = Members and the steering committee recommend representatives
gov-channel-chair_from_steering = A steering-committee member recruited as chair
gov-channel-mapped_stakeholders = Stakeholders found in the mapping approached
gov-channel-existing_networks = Existing networks and collaborations used
gov-body-remove = Remove { $name }
gov-date = Date
gov-body = Body
gov-number = No.
gov-topic = Topic
gov-attendance = Attendance
gov-attendance-count = { $attended } attended of { $invited } invited
gov-meeting-untitled = (no topic)
gov-meetings-empty = No meetings recorded yet.
gov-meeting-needs-body = Add a body first, then record its meetings.
gov-meeting-add = Record a meeting
gov-fig-meetings = Meetings
gov-fig-attendance = Attendance of those invited
gov-fig-consistency = Consistency of attendance
gov-fig-returning = Came more than once / people
gov-fig-tasks = Tasks done / set
gov-fig-initiatives = Initiatives raised
gov-fig-topics = Topics covered / planned
gov-fig-sectors = Members: public · business · third (sectors)
gov-all-bodies = All bodies
gov-figures-intro = Derived from the meetings, never typed: how many of those invited came, whether the same people come each time, what got done between meetings, and how varied each body is.
gov-figures-note = Consistency is the mean overlap of the people at one meeting and the next of the same body (shared people ÷ all people of the two meetings): 100% means the same people every time, 0% different people each time.
gov-community-intro = Branding and marketing, events and meetings that engage parents, residents and public bodies.
gov-activity-branding = Branding and marketing
gov-activity-event = Event
gov-activity-meeting = Meeting
gov-activity-other = Other
gov-activity-title = Activity
gov-activity-kind = Kind
gov-activity-audience = Audience
gov-activity-new = New activity
gov-activity-add = Add activity
gov-activity-remove = Remove { $name }
gov-meeting-details = Meeting
gov-goals = Goals of the meeting
gov-sent-in-advance = Agenda and goals sent in advance
gov-materials = Materials
gov-agenda = Agenda
gov-agenda-item = Item { $n }
gov-covered = Covered
gov-agenda-remove = Remove item { $n }
gov-agenda-new = New agenda item
gov-agenda-add = Add item
gov-invited = Invited
gov-attended = Attended
gov-meeting-record = Notes, summary and decisions
gov-notes = Notes
gov-summary-field = Summary
gov-decisions = Decisions
gov-initiatives = Initiatives raised
gov-initiatives-lines = Initiatives raised (one per line)
gov-tasks = Tasks
gov-meeting-instruments = Meeting checklists
gov-assess-with = Fill in “{ $instrument }” for this meeting
gov-minutes = Agenda and minutes
gov-copy = Copy as text
gov-copied = Copied.
gov-meeting-remove = Remove this meeting
gov-year-title = Planning-year summary
gov-year-start = The year starts on
gov-year-timeline = Meetings across the year
gov-year-no-meetings = No meetings in this year.
gov-achievements = Achievements and products
gov-year-partners = Partners engaged, by sector
gov-months = Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec
gov-year-pick = Year to summarise
gov-year-planning = The planning year ({ $from } – { $to })
gov-year-after = Implementation year { $n } ({ $from } – { $to })
gov-year-before = { $n ->
    [one] The year before the planning year ({ $from } – { $to })
   *[other] { $n } years before the planning year ({ $from } – { $to })
}
gov-year-activities = Community engagement in the year
gov-year-no-activities = No community activity is dated in this year.
gov-year-figures-note = { $count ->
    [0] No meeting in this year: the figures below have nothing to count.
    [one] From this year's one meeting only; members are the bodies' members today.
   *[other] From this year's { $count } meetings only; members are the bodies' members today.
}

## Coaching partnership (issue 8)

section-coaching = Coaching partnership
coaching-summary = Stage: { $stage } · { $sessions ->
    [one] one session recorded
   *[other] { $sessions } sessions recorded
} · { $planned } planned · { $warnings ->
    [0] no cadence warnings
    [one] one cadence warning
   *[other] { $warnings } cadence warnings
}
coaching-open = Open the coaching partnership
coaching-back = Back to the plan
coaching-intro = Leaders coach one another over about a year, in structured sessions. Session notes are confidential: they leave this device only if you say so.
coaching-warnings = Cadence
coaching-warnings-none = No cadence warnings: the rhythm fits the guidance.
coaching-warn-gap = { $days } days between { $from } and { $to }: more than six weeks. Four to six weeks between sessions keeps the partnership going.
coaching-warn-short = The session of { $date } lasts { $minutes } minutes. Two to three hours are usually more useful than one, especially with field observation.
coaching-warn-early-observation = The session of { $date } includes peer observation while the partnership is still in initiation. Build trust first; observation can wait.
coaching-warn-unscheduled = The session of { $date } was not on the calendar planned ahead. Booking the year's sessions early protects them.
coaching-warn-no-calendar = Sessions are recorded but no calendar was planned ahead. Book the year's sessions early.
coaching-sessions = Sessions
coaching-sessions-empty = No session recorded yet.
coaching-session-new = Record a session
coaching-session-open = Open
coaching-session-of = Session of { $date }
coaching-session-close = Close the session
coaching-remove = Remove
coaching-removed = (removed)
coaching-actions = Actions
coaching-date = Date
coaching-time = Start time
coaching-length = Length
coaching-minutes = Length in minutes
coaching-minutes-n = { $n } min
coaching-observation = Observation
coaching-yes = Yes
coaching-group-mark = (group)
coaching-coachee = Coachee
coaching-nobody = (nobody)
coaching-includes-observation = This session includes observation in the field
coaching-group = Group session
coaching-participants = Participants
coaching-question-add = Add a participant's question
coaching-question-who = Who asks question { $n }
coaching-question-n = Question { $n }
coaching-carried = Goals from the previous session
coaching-carried-from = Set at the session of { $date }.
coaching-carried-none = No goals were set for this session.
coaching-progress-on = Progress on “{ $goal }”
coaching-questions-to-ask = Questions to ask
coaching-grow-goal = Goal
coaching-grow-reality = Reality
coaching-grow-options = Options
coaching-grow-wrap_up = Way forward
coaching-goal = Goals in focus
coaching-reality = The reality now
coaching-alternative = Alternative
coaching-pros = Pros of alternative
coaching-cons = Cons of alternative
coaching-alternative-add = Add an alternative
coaching-alternative-remove = Remove alternative { $n }
coaching-first-step = The first step tomorrow morning
coaching-next-goals = Goals for the next session
coaching-next-date = Next session date
coaching-observation-record = Field observation
coaching-observer = Observer
coaching-observation-notes = What was seen (descriptive notes)
coaching-feedback = Feedback given
coaching-reflection = Reflection, during or right after the session
coaching-notes = Other notes
coaching-tags = Tags (separated by commas)
coaching-year = The year at a glance
coaching-held = session held
coaching-with-observation = session with observation
coaching-planned = session planned
coaching-month = { $month } { $year }
coaching-month-1 = January
coaching-month-2 = February
coaching-month-3 = March
coaching-month-4 = April
coaching-month-5 = May
coaching-month-6 = June
coaching-month-7 = July
coaching-month-8 = August
coaching-month-9 = September
coaching-month-10 = October
coaching-month-11 = November
coaching-month-12 = December
coaching-calendar = Session calendar
coaching-calendar-intro = Book the year's sessions at the start, every four to six weeks, two to three hours each.
coaching-place = Place
coaching-series-first = First date
coaching-series-weeks = Every how many weeks
coaching-series-count = How many sessions
coaching-series-add = Add to the calendar
coaching-ics = Download the calendar (.ics)
coaching-ics-title = Coaching session · { $plan }
coaching-partnership = The partnership
coaching-stage = Stage
coaching-stage-initiation = Initiation
coaching-stage-implementation = Implementation
coaching-stage-institutionalisation = Institutionalisation
coaching-agreed = Agreements made on
coaching-no-people = Add the leaders under People on the plan page first.
coaching-role-none = Not in the partnership
coaching-role-both = Coach and coachee
coaching-role-coach = Coach
coaching-role-coachee = Coachee
coaching-agreements = Agreements at initiation
coaching-agreements-intro = What the partners agree on before the first session.
coaching-agree-trust = Trust, respect and confidentiality
coaching-agree-regularity = Regularity of meetings
coaching-agree-commitment = Commitment
coaching-agree-rigour = Rigour and method
coaching-agree-documentation = What to document, and how
coaching-goals = Goals and action plans
coaching-goals-intro = Each goal belongs to the coachee who set it, with an action plan for the field.
coaching-goal-title = Goal
coaching-goal-owner = Owner (coachee)
coaching-goal-due = Target date
coaching-action-plan = Action plan
coaching-goal-done = Reached
coaching-goal-new = New goal
coaching-goal-add = Add the goal
coaching-goal-untitled = (untitled goal)
coaching-goal-remove = Remove the goal “{ $goal }”
coaching-search = Find
coaching-search-text = Words
coaching-search-tag = Tag
coaching-search-goal = Goal
coaching-any-goal = (any goal)
coaching-search-from = From
coaching-search-to = To
coaching-found = { $count ->
    [one] One result.
   *[other] { $count } results.
}
coaching-found-session = Session
coaching-found-goal = Goal
coaching-found-observation = Observation
coaching-found-reflection = Reflection
coaching-export = Export the plan
coaching-export-intro = Coaching notes (session records, goals, observations and reflections) are confidential. The export leaves them out unless you tick the box.
coaching-include-notes = Include confidential coaching notes
coaching-export-without = Export without coaching notes
coaching-export-with = Export with coaching notes
export-plan-title = Export the plan

## Measurement and evaluation (issue 7)
section-evaluation = Measurement and evaluation
eval-intro = Indicators on three axes, measurements over time, the evaluation plan, network evaluation, interviews and findings.
eval-summary = { $indicators } indicators · { $interviews } interviews · { $findings } findings · { $warnings } warnings · mission progress { $mission }
eval-open = Open measurement and evaluation
eval-report-open = Evaluation report
eval-title = Measurement and evaluation
eval-back = Back to measurement and evaluation
eval-h-indicators = Indicators
eval-h-design = Evaluation plan
eval-h-network = Network evaluation
eval-h-interviews = Interviews
eval-h-findings = Findings and recommendations
eval-indicators-intro = Measure the work plan (action component, goal, mission), the partnership's infrastructure, and the local situation over time. A target needs a number and a baseline.
eval-indicators-empty = No indicators yet.
eval-warnings = Points to fix
eval-warn-count = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
eval-warn-target-without-number = “{ $name }”: the target has no number.
eval-warn-target-without-baseline = “{ $name }”: a target without a baseline — from where will change be measured?
eval-warn-vague-target = “{ $name }”: the target is vague (like “a significant increase”). Say how much, from what baseline.
eval-warn-unmeasured = “{ $name }” in the work plan has no indicator.
eval-warn-overdue = “{ $name }”: a measurement was due on { $due }.
eval-warn-not-in-work-plan = “{ $name }”: the goal or component it measures is not in the work plan (it may have been removed); choose one that is.
eval-name = Indicator
eval-axis = Axis
eval-axis-work_plan = Work plan
eval-axis-infrastructure = Partnership infrastructure
eval-axis-mapping = Ongoing mapping of the local situation
eval-level = Level
eval-level-action_component = Action component
eval-level-goal = Goal
eval-level-mission = Mission
eval-linked = Goal or component (id or name)
eval-not-in-work-plan = (not in the work plan)
eval-kind = Type
eval-kind-quantitative = Quantitative
eval-kind-qualitative = Qualitative
eval-unit = Unit
eval-source = Data source
eval-access = How accessible the data is
eval-access-available = Available (held by us or the authority)
eval-access-obtainable = Can be obtained
eval-access-hard = Hard to obtain
eval-method = Collection method
eval-frequency = Frequency
eval-frequency-monthly = Monthly
eval-frequency-quarterly = Quarterly
eval-frequency-half_yearly = Twice a year
eval-frequency-yearly = Yearly
eval-frequency-once = Once
eval-collector = Who collects
eval-analyst = Who analyses
eval-cost = Cost and time
eval-baseline = Baseline
eval-target = Target
eval-target-text = Target in words
eval-deadline = Deadline
eval-owner = Owner (working group or person)
eval-binding = Measured automatically from
eval-binding-none = Not bound (typed in)
eval-binding-attendance_rate = Attendance out of those invited
eval-binding-attendance_consistency = Consistency of attendance
eval-binding-tasks_completed = Tasks completed between meetings
eval-binding-initiatives_raised = Initiatives raised
eval-binding-topics_covered = Topics covered out of those planned
eval-binding-group_activity = Working groups' activity
eval-latest = Latest
eval-progress = Progress
eval-progress-of = Progress toward the target: { $progress }
eval-group = Goal or component
eval-rollups = Progress per goal, component and for the mission
eval-mission-progress = Progress of the mission: { $progress }
eval-new-indicator = New indicator
eval-add = Add
eval-remove = Remove “{ $name }”
eval-removed = removed
eval-definition = Definition
eval-measurements = Measurements
eval-measurements-empty = No measurements yet.
eval-date = Date
eval-value = Value
eval-note = Note
eval-actions = Actions
eval-add-measurement = Add measurement
chart-empty = Nothing to chart yet: add measurements with a value.
chart-table = Show the data as a table
chart-desc = A line chart of { $points } dates, from { $from } to { $to }. The same data is in the table below.
eval-csv-open = Import measurements (CSV)
eval-csv-title = Import measurements from a CSV file
eval-csv-help = Columns: indicator (its name or id), date, value, note. Dates like 2026-03-01 or 1/3/2026 (day first); commas, semicolons or tabs between columns. A header row is skipped.
eval-csv-file = CSV file
eval-csv-paste = Or paste the rows here
eval-csv-preview = Preview of the rows
eval-csv-counts = { $good } rows ready, { $bad } with a problem (they will not be imported).
eval-csv-line = Line
eval-csv-status = Status
eval-csv-ok = Ready
eval-csv-replaces = Replaces the measurement of that date
eval-csv-import = Import { $count } rows
eval-csv-columns = Only { $value } columns: indicator, date and value are needed.
eval-csv-unknown-indicator = No indicator named “{ $value }”.
eval-csv-bad-date = “{ $value }” is not a date (write 2026-03-01 or 1/3/2026).
eval-csv-bad-value = “{ $value }” is not a number.
eval-csv-empty = Neither a value nor a note.
eval-csv-repeated = The same indicator and date appear earlier in the file.
eval-design-intro = Which circles the partnership should affect, how effects will be evaluated, and the points to think through before measuring.
eval-circles = Impact circles
eval-circle-system = The system
eval-circle-school = The school
eval-circle-staff = The staff
eval-circle-students = The students
eval-methods = Evaluation methods
eval-method-comparison_group = Comparison with a group outside the partnership
eval-method-over_time = Achievement over time
eval-method-mapping = Mapping
eval-method-self_report = Self-report questionnaire
eval-method-accompanying = Accompanying evaluation
eval-method-teacher_feedback = Feedback loop with teachers
eval-points = Points for thought, ticked when the plan answers them
eval-point-partnership = Measurement is built together with the steering committee or working groups, using partners' expertise
eval-point-transparency = Results are shared openly while data is handled discreetly and ethically
eval-point-accessible_data = Indicators rely on accessible data sources (for example the authority's figures)
eval-point-convenient_collection = Collection is convenient and feasible, and what it takes is understood
eval-point-analysis = It is clear who analyses, how (qualitative or quantitative) and with what knowledge, without lasting dependence on an outside firm
eval-point-staffing = Staffing: who builds the tools, collects and analyses, and with what training
eval-point-budget = Budget: the method fits the money available, over time too
eval-point-time = Time: how often each axis is measured, and how long collection and analysis take
eval-points-done = { $done } of { $total } points answered
eval-notes = Notes
eval-network-intro = The network's shared goal and objectives, its members, what it contributes (actual or potential), the convener's part and the joint tasks.
eval-net-goal = Shared goal
eval-objectives = Objectives
eval-objective-learning = Exposure, acquaintance, sharing and learning
eval-objective-pooling = Pooling resources and influence
eval-objective-collaboration = Collaboration beyond the meetings
eval-objective-standards = Shared standards and expertise
eval-members = Members
eval-member-name = Member
eval-joined = Joined
eval-joined-founding = Founding core
eval-joined-later = Joined later
eval-seniority = Years running its own programme
eval-new-member = New member
eval-composition-figures = { $size } members: { $founding } from the founding core, { $later } joined later; mean seniority { $seniority } years.
eval-contribution = Contribution in three stages
eval-contribution-help = For each area and stage: has it happened (actual), is it only expected (potential), or not yet?
eval-area = Area
eval-stage = Stage { $n }
eval-area-learning = Learning
eval-area-collaboration = Collaboration
eval-area-pooling = Pooling and influence
eval-stage-learning-1 = Getting acquainted
eval-stage-learning-2 = Meta, “philosophical” thinking
eval-stage-learning-3 = Applied learning
eval-stage-collaboration-1 = Knowing the players
eval-stage-collaboration-2 = Cohesion and community
eval-stage-collaboration-3 = Collaboration beyond meetings
eval-stage-pooling-1 = A sense of leadership
eval-stage-pooling-2 = Policy
eval-stage-pooling-3 = Practical, “technical” pooling
eval-reach-not_yet = Not yet
eval-reach-potential = Potential
eval-reach-actual = Actual
eval-roles = The convener's roles
eval-role-catalyst = Convener and catalyst
eval-role-thinking_partner = Thinking partner
eval-role-influence_hub = Hub of pressure and influence
eval-role-mediator = Mediator
eval-traits = The convener's supporting traits
eval-trait-funding = Funding and infrastructure
eval-trait-dialogue = A dialogic approach and trust
eval-trait-prestige = Prestige, branding and status
eval-trait-knowledge = Knowledge and connections
eval-composition = Composition: seniority mix, similarity and diversity, stability, size
eval-joint-tasks = Joint tasks
eval-task-title = Task
eval-steering = Steering
eval-steering-shared = Shared steering
eval-steering-single = One owner
eval-new-task = New joint task
eval-shared-count = { $shared } of { $total } joint tasks are steered together.
eval-axes-rounds = { $count } rounds of the self-assessment.
eval-axes-open = Fill in a round
eval-interviews-intro = Build an interview guide from the 21-question protocol, record interviews, and tag quotes with themes: findings count them.
eval-guide = Interview guide
eval-guide-empty = The guide has no questions yet: add some from the protocol or your own.
eval-protocol = Question from the protocol
eval-protocol-add = Add to the guide
eval-part-1 = the network
eval-part-2 = the convener
eval-q-from = Protocol question { $n }
eval-q-own = Your question
eval-new-question = Your own question
eval-interview-list = Recorded interviews
eval-interviews-empty = No interviews recorded yet.
eval-new-interview = New interview: who was interviewed
eval-who = Interviewee
eval-cluster = Cluster or group
eval-quotes = Quotes
eval-quotes-help = Copy telling quotes and tag each with themes, separated by commas.
eval-quote-n = Quote { $n }
eval-quote-themes = Themes
eval-new-quote = New quote
eval-answers = Answers
eval-themes = Themes tagged
eval-theme-count = { $count ->
    [one] in 1 interview
   *[other] in { $count } interviews
}
eval-findings-intro = A finding rests on a theme: how many interviews have a quote with that theme gives its prevalence.
eval-findings-empty = No findings yet.
eval-finding = Finding
eval-finding-theme = Theme it rests on
eval-finding-cluster = Only in cluster (empty: all interviews)
eval-new-finding = New finding
eval-prevalence = { $label } ({ $k } of { $n } interviews)
eval-prev-none = No interviewee
eval-prev-only-one = Only one interviewee
eval-prev-one-of-three = One of three interviewees
eval-prev-two = Two interviewees
eval-prev-some = Some interviewees
eval-prev-most = Most interviewees
eval-prev-all = All interviewees
eval-recommendations = Recommendations
eval-recommendation = Recommendation
eval-rec-findings = Based on the findings
eval-new-recommendation = New recommendation
eval-rec-based = Based on findings { $list }
eval-report-title = Evaluation report
eval-report-date = Prepared on { $date }
eval-report-instruments = Instrument results
eval-report-no-results = No instrument has answers yet.
eval-report-responses = { $count } responses
eval-q-1 = How many of the network's meetings did you attend, out of how many?
eval-q-2 = Why did you not attend all of them?
eval-q-3 = What is the network's goal, as you see it?
eval-q-4 = What did you gain from the meetings you attended (tools, professional knowledge, connections, platforms)?
eval-q-5 = What influence, if any, has taking part had on your daily work?
eval-q-6 = Which meetings worked better and which less well, and why?
eval-q-7 = Did the meetings meet your expectations? Where more, where less?
eval-q-8 = How did the meetings or activities advance the network's goal, and yours?
eval-q-9 = What kinds of meetings could advance the network's goal from here on?
eval-q-10 = Does the network's activity have a measure of success? What could one be? Can it influence policy?
eval-q-11 = Does the network's activity continue this year? Has infrastructure for ongoing joint work been created? What would help continuity?
eval-q-12 = How should the network go on working?
eval-q-13 = Does the convener know your field and context, and the social and cultural aspects that affect your work? How important is that?
eval-q-14 = Does the convener know the main challenges of your organisation and of the network? Does it contribute knowledge, connections or tools to meet them?
eval-q-15 = Looking back, what is the convener's added value so far? Which of its steps mattered most?
eval-q-16 = What have been the drawbacks of the convener's involvement? What would you have done differently?
eval-q-17 = Would you have wanted more or less involvement from the convener along the way?
eval-q-18 = How much does the convener affect the effectiveness of the network's activity? Could it do without it?
eval-q-19 = Looking ahead, what relationship with the convener would be most desirable? What actions would you expect from it?
eval-q-20 = Who leads the network today? Whose is the ownership and the main responsibility?
eval-q-21 = Anything else?
eval-record-figures = { $count ->
    [0] The meeting figures are recorded
    [one] Record the meeting figures (one indicator)
   *[other] Record the meeting figures ({ $count } indicators)
}

## Partners and roles: the partner landscape (issue 5)
land-open = Partner landscape
land-open-long = Open the partner landscape: map, responsibility areas, rhythm, conflicts, joint work plan
land-back = Back to the plan
land-title = Partner landscape
land-intro = Who supports the school, what each brings, and how the work is divided: every support body states its added value and its responsibility areas, the bodies meet at a fixed time, and conflicts are named and handled.
land-circle = Circle of Influence
land-warnings = Landscape warnings ({ $count })
land-warnings-none = No warnings: every area has its owners and every partner its added value and an area.
land-warn-no-areas = No responsibility areas yet: list the areas of work and who owns each.
land-warn-area-no-owner = The area “{ $area }” has no owner.
land-warn-distinct-owners = The area “{ $area }” is marked as distinct but has { $n } owners: give it to one partner or mark it as shared.
land-warn-no-added-value = { $partner } has not stated its added value.
land-warn-no-area = { $partner } has no responsibility area.
land-warn-same-methods = { $a } and { $b } use the same methods or tools: { $what }. Agree who does what.
land-warn-same-focus = { $a } and { $b } focus on the same topics: { $what }. Coordinate the work.
land-warn-no-common-day = The partners' instruction days never all coincide: set a fixed meeting day (the proposal is { $day }).
land-warn-no-principal-update = No fixed time frame for updating the principal has been set.
land-registry = Partner registry
land-registry-intro = Every partner with its details. Edit a partner on the plan page; filter and search here, or export to a spreadsheet.
land-search = Search partners
land-all = All
land-shown = Showing { $n } of { $total } partners
land-csv-partners = Export partners (CSV)
land-csv-people = Export people (CSV)
land-people = People
land-map = Map of the partner landscape
land-map-intro = Partners grouped by sector (colour) and relationship (arcs); lines join partners that share a responsibility area (solid) or work with the same bodies (dashed).
land-map-desc = Partners on a ring, grouped by sector and relationship; lines join partners who share responsibility areas or bodies they work with.
land-map-svg = Download the map (SVG)
land-map-png = Download the map (PNG)
land-circles = Circle of Influence per actor
land-circles-intro = For each partner and person who answered the Circle of Influence: authority, responsibility, control and influence, from 1 (none) to 5 (full), against the ideal the kit states — partial responsibility, authority adapted to it, full influence.
land-circles-empty = No one has answered the Circle of Influence yet. Fill it in for a partner or a person to see their picture here.
land-circle-fill = Fill in the Circle of Influence
land-circle-print = Print the pictures
land-circle-title = Circle of Influence — { $name }
land-circle-desc-dim = { $dim }: { $level } (ideal { $ideal })
land-circle-distance = Distance from the ideal: { $distance } (0 is the ideal)
land-circle-distance-none = Distance from the ideal: not known yet (no dimension with an ideal was answered)
land-circle-responses = { $n ->
    [one] One response
   *[other] { $n } responses
} in the round “{ $round }”
land-circle-table = The Circle of Influence of { $name } as a table
land-circle-dim = Dimension
land-circle-level = Level answered
land-circle-ideal = The ideal
land-circle-gap = From the ideal
land-circle-gap-ok = Within the ideal
land-circle-gap-below = { $n } below the ideal
land-circle-gap-above = { $n } above the ideal
land-circle-no-ideal = No ideal stated
land-circle-unanswered = Not answered
land-circle-partner = partner
land-circle-person = person
land-circle-legend-actor = Levels answered
land-circle-legend-ideal = The ideal
land-warn-source = the partner landscape: every partner states its added value and its responsibility areas, and the support bodies coordinate their work.
land-warn-fix = Fix it on the partners page
land-warn-dismissed = Dismissed on the plan page
land-map-table = The map as a table
land-map-group = Group
land-map-linked = Linked to
land-map-areas = { $n } shared areas
land-map-bodies = { $n } shared bodies
land-legend = Legend
land-legend-areas = Shared responsibility area
land-legend-bodies = Works with the same body
land-areas = Responsibility areas
land-areas-intro = Each area is shared (several partners together) or distinct (one partner alone). Tick the owners in the matrix.
land-area-name = Area
land-area-kind = Kind of responsibility
land-area-new = New responsibility area
land-area-add = Add area
land-area-remove = Remove the area “{ $name }”
land-kind-shared = Shared
land-kind-distinct = Distinct
land-owners = { $n } owners
land-matrix = Partners × responsibility areas
land-rhythm = Weekly rhythm
land-rhythm-intro = The partners' instruction days. Where they never all coincide, fix a meeting slot; also fix how often the principal is updated.
land-day = Day
land-present = Present
land-proposed = proposed
land-rhythm-all = Everyone can meet on { $day } ({ $n } of { $total }).
land-rhythm-most = Most can meet on { $day } ({ $n } of { $total }): propose it as the fixed meeting slot.
land-rhythm-no-days = No instruction days entered yet: add them on each partner.
land-meeting-day = Fixed meeting day
land-principal-update = Updating the principal
land-none = (none)
land-freq-weekly = Every week
land-freq-fortnightly = Every two weeks
land-freq-monthly = Every month
land-freq-quarterly = Every three months
land-freq-yearly = Every year
land-conflicts = Conflicts log
land-conflicts-intro = Name conflicts between support bodies early, with their source, and record how they were handled.
land-conflicts-empty = No conflicts recorded.
land-conflict-add = Record a conflict
land-conflict-n = Conflict { $n }
land-conflict-remove = Remove conflict { $n }
land-conflict-a = Partner
land-conflict-b = Other partner
land-source = Source
land-source-demands = Conflicting demands
land-source-expectations = Conflicting expectations
land-source-interpersonal = Interpersonal tension
land-source-appreciation = Lack of professional appreciation
land-source-similar_fields = Similar disciplines
land-source-different_fields = Different disciplines
land-source-other = Other
land-status = Status
land-status-open = Open
land-status-handling = Being handled
land-status-resolved = Resolved
land-date = Date
land-description = What happened
land-handling = How it was handled
land-joint = Joint work plan
land-joint-intro = The goal the support bodies share, and each partner's actions, documents to obtain, people to meet and checkpoints. Items are tasks of the plan: they show in its task list, with what is overdue.
land-joint-goal = Shared goal
land-joint-item = Item
land-joint-kind = Kind
land-joint-kind-action = Action
land-joint-kind-document = Document to obtain
land-joint-kind-meeting = Person to meet
land-joint-kind-checkpoint = Interim checkpoint
land-joint-owner = Who updates
land-joint-edit = Edit owners and dates in the plan's task list.
land-joint-add = Add to the joint plan
land-partner = Partner
land-done = Done
land-contacts = Partner network contact plan
land-contacts-intro = For partners outside the formal bodies: why you keep in touch, how, how often, and when you last did.
land-contacts-due = { $n } due now
land-contact-add = Add a contact line
land-contact-remove = Remove the contact with { $name }
land-contacted = Contacted { $name } today
land-contact-never = never contacted: due now
land-contact-late = overdue by { $n } days
land-contact-today = due today
land-contact-in = due in { $n } days
land-goal = Goal of the contact
land-channel = Channel
land-channel-meeting = Meeting
land-channel-phone = Phone
land-channel-email = E-mail
land-channel-message = Message
land-channel-event = Event
land-channel-newsletter = Newsletter
land-frequency = How often
land-last = Last contact
land-removed = (removed partner)
land-yes = Yes
land-no = No
partner-expertise = Expertise
partner-limitations = Limitations
partner-focus = Focus topics
partner-focus-list = Needs and focus topics (separate with commas)
partner-methods = Methods and tools
partner-methods-list = Methods and tools (separate with commas)
partner-works-with = Works with
partner-works-with-list = Bodies it works with (separate with commas)
partner-days = Instruction days
partner-arrival = Arrival date
partner-funds = Funds infrastructure
partner-measures = Has its own measurement and evaluation
partner-contact = How to reach
weekday-sun = Sunday
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
