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
