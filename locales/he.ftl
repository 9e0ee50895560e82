## שותף — עברית

app-title = שותף
app-tagline = תכנון שותפויות בחינוך
skip-to-content = דילוג לתוכן
nav-home = כל התוכניות
nav-main = תפריט ראשי
language-label = שפה
action-undo = ביטול פעולה
    .title = ביטול הפעולה האחרונה (Ctrl+Z)
action-redo = ביצוע מחדש
    .title = ביצוע מחדש של הפעולה שבוטלה (Ctrl+Shift+Z או Ctrl+Y)
menu-import = ייבוא מקובץ…
menu-export-workspace = ייצוא סביבת העבודה
menu-restore-demo = שחזור ההדגמה
save-status-saved = נשמר בדפדפן זה
save-status-pending = שומר…
save-status-memory = לא נשמר: נשמר בחלון זה בלבד
save-status-conflict = לא נשמר: שונה בלשונית אחרת
storage-usage = { $percent }% מנפח האחסון של הדפדפן בשימוש

## כפתורים כלליים

close = סגירה
cancel = ביטול
dismiss = הסתרה
undo-button = ביטול הפעולה

## מסך הבית: רשימת התוכניות

home-title = התוכניות שלך
home-intro = כל תוכנית מתארת שותפות אחת: מי שותף בה, מה כל אחד תורם, ולאן היא מתקדמת.
home-empty-title = עדיין אין תוכניות
home-empty-body = אפשר לפתוח תוכנית חדשה לשותפות שלך, או להתרשם מסביבת ההדגמה: יש בה דוגמה לכל סוג של שותפות, מתוך השטח.
home-empty-demo = טעינת סביבת ההדגמה
plan-create-title = תוכנית חדשה
plan-name-label = שם התוכנית
plan-kind-label = סוג השותפות
plan-create-button = יצירת תוכנית
plan-open = פתיחה
plan-rename = שינוי שם
plan-rename-save = שמירת השם
plan-duplicate = שכפול
plan-delete = מחיקה
plan-export = ייצוא
plan-copy-name = { $name } (עותק)
plan-dates = { $start } – { $end }
plan-no-dates = לא נקבעו תאריכים
plan-partner-count = { $count ->
    [one] שותף אחד
   *[other] { $count } שותפים
}
plan-people-count = { $count ->
    [one] אדם אחד
   *[other] { $count } אנשים
}
plan-actions = פעולות עבור { $name }
search-plans = חיפוש בתוכניות, בשותפים, באנשים ובמשימות
search-no-results = אין תוכנית שמתאימה ל„{ $query }”.

## סוגי שותפות

kind-school_support = מערך ליווי לבית ספר
    .desc = גורמי הליווי סביב בית ספר בהתמקדות: מי מביא מה, ואיך הם עובדים יחד.
kind-municipal_ecosystem = אקוסיסטם עירוני
    .desc = מערכת חינוכית מקומית עם ועדת היגוי, צוותי עבודה ותוכנית עבודה רב־שנתית.
kind-school_partnership = שותפות בין בתי ספר
    .desc = בתי ספר שלומדים ועובדים יחד, ממפגשים מזדמנים ועד משאבים משותפים.
kind-network_cluster = אשכול רשת
    .desc = רשת של ארגונים שמתכנסים סביב מטרה משותפת, עם הגורם המכנס והחברים בה.
kind-coaching_partnership = שותפות אימון
    .desc = מנהלים ומנהלות שמאמנים זה את זה, מפגש אחר מפגש, לאורך השנה.

## תוכנית

plan-back = חזרה לכל התוכניות
section-details = פרטים
section-partners = שותפים
section-people = אנשים
field-name = שם
field-kind = סוג השותפות
field-start-date = תאריך התחלה
field-end-date = תאריך סיום
field-description = למה נועדה השותפות
field-required = (חובה)

partners-intro = הגורמים השותפים בתוכנית, ומה כל אחד מוסיף.
partners-empty = עדיין אין שותפים. הוסיפו את הגורם הראשון שלוקח חלק.
partner-new-name = שם השותף החדש
partner-add = הוספת שותף
partner-remove = הסרת השותף
partner-remove-named = הסרת { $name }
partner-name = שם
partner-origin = מקור
partner-sector = מגזר
partner-relationship = הקשר לתוכנית
partner-representative = נציג ותפקידו
partner-added-value = ערך מוסף
partner-notes = הערות
partner-missing-added-value = טרם הוגדר ערך מוסף

origin-local_authority = רשות מקומית
origin-ministry = משרד החינוך
origin-school_network = רשת חינוך
origin-ngo = עמותה
origin-foundation = קרן
origin-academia = אקדמיה
origin-business = עסק
origin-school = בית ספר
origin-other = אחר

sector-public = מגזר ציבורי
sector-business = מגזר עסקי
sector-third = מגזר שלישי

relationship-strategic = שותף אסטרטגי
relationship-funding = שותף מממן
relationship-operator = מפעיל תוכנית
relationship-network = שותף ברשת
relationship-school = בית ספר

people-intro = האנשים שלוקחים חלק, ואת מי הם מייצגים.
people-empty = עדיין אין אנשים. הוסיפו את האדם הראשון שלוקח חלק.
person-new-name = שם האדם החדש
person-add = הוספת אדם
person-remove = הסרת האדם
person-remove-named = הסרת { $name }
person-name = שם
person-role = תפקיד
person-partner = מייצג את
person-partner-none = (ללא שותף)
person-contact = דרכי התקשרות
person-notes = הערות

## ייבוא וייצוא

import-drop-hint = שחררו כאן קובץ של שותף כדי לייבא אותו
import-errors-title = אי אפשר לייבא את הקובץ
import-errors-intro = דבר לא השתנה. בקובץ „{ $file }” נמצאו הבעיות האלה:
import-warnings-title = כדאי לדעת לפני הייבוא
import-confirm-title = לייבא את „{ $file }”?
import-confirm-workspace = בקובץ יש סביבת עבודה עם { $count ->
    [one] תוכנית אחת
   *[other] { $count } תוכניות
}.
import-confirm-plan = בקובץ יש את התוכנית „{ $name }”.
import-add-plans = הוספה לתוכניות שלי
import-replace-workspace = החלפת סביבת העבודה שלי
import-replace-note = ההחלפה מסירה את התוכניות הנוכחיות; אפשר לבטל אותה, וכדאי לייצא אותן קודם.
import-done = { $count ->
    [one] יובאה תוכנית אחת.
   *[other] יובאו { $count } תוכניות.
}
import-replaced = סביבת העבודה הוחלפה בקובץ שיובא.
import-file-too-large = הקובץ „{ $file }” שוקל { $size } MB; שותף מייבא קבצים של עד { $max } MB.
import-read-failed = לא ניתן היה לקרוא את הקובץ „{ $file }”.
problem-location = במיקום { $path }:

problem-empty = הקובץ ריק.
problem-too-large = הקובץ שוקל { $size } MB; אפשר לייבא קבצים של עד { $max } MB.
problem-not-json = זה אינו קובץ JSON (שגיאה בשורה { $line }, עמודה { $column }).
problem-truncated = הקובץ נגמר מוקדם מדי: כנראה נקטע בזמן העתקה או הורדה.
problem-too-deep = הקובץ מקונן לעומק רב בהרבה מכל קובץ של שותף.
problem-not-shutaf = קובץ ה־JSON הזה לא נוצר בשותף.
problem-newer-version = הקובץ נוצר בגרסה חדשה יותר של שותף (פורמט { $found }; גרסה זו קוראת עד { $supported }). פתחו אותו בגרסה החדשה.
problem-bad-version = גרסת הפורמט חסרה או שאינה מספר שלם.
problem-missing-field = חסר השדה הנדרש „{ $field }”.
problem-wrong-type = כאן צריך להופיע { $expected }.
problem-unknown-value = „{ $value }” אינו ערך מותר. הערכים המותרים: { $allowed }.
problem-invalid = הערך אינו תקין: { $detail }
problem-plan-file-count = קובץ תוכנית מכיל תוכנית אחת בדיוק; בקובץ זה יש { $count }.
problem-too-many = { $count } פריטים הם יותר מ־{ $max } שקובץ יכול להכיל.
problem-duplicate-id = המזהה „{ $id }” מופיע פעמיים.
problem-dangling-reference = כאן יש הפניה אל „{ $id }”, שאינו קיים בתוכנית.
problem-bad-id = מזהה יכול לכלול רק אותיות לטיניות, ספרות, „-” ו־„_”, עד 64 תווים.
problem-empty-name = כאן נדרש שם.
problem-bad-date = „{ $value }” אינו תאריך בצורה YYYY-MM-DD.
problem-dates-out-of-order = תאריך הסיום מוקדם מתאריך ההתחלה.
problem-text-cut = הטקסט היה ארוך מ־{ $max } תווים וקוצר.
problem-bidi-removed = { $count ->
    [one] הוסר תו בלתי נראה אחד של כיווניות.
   *[other] הוסרו { $count } תווים בלתי נראים של כיווניות.
}
problem-unknown-field = שדה שגרסה זו אינה מכירה; הוא לא ייובא.
problem-unknown-instrument = „{ $id }” אינו כלי שגרסה זו של שותף מכירה.
problem-unknown-item = בכלי אין פריט „{ $item }”.
problem-answer-mismatch = התשובה אינה מתאימה לשאלה (סוג תשובה אחר, אפשרות לא מוכרת, או ערך מחוץ לטווח).
problem-round-mismatch = התשובה שייכת לסבב של כלי אחר.
problem-out-of-range = נדרש מספר בין { $min } ל־{ $max }.
value-type-text = טקסט
value-type-number = מספר
value-type-boolean = אמת או שקר
value-type-list = רשימה
value-type-object = אובייקט

## שמירה ואחסון

storage-corrupted = הנתונים השמורים בדפדפן זה פגומים ולא ניתן היה לפתוח אותם. הם נשמרו בצד, בלי שינוי; הורידו אותם כדי לשמור עליהם או לשלוח אותם לקבלת עזרה. מתחילים בסביבת עבודה ריקה.
storage-corrupted-unsaved = הנתונים השמורים בדפדפן זה פגומים ולא ניתן היה לפתוח אותם, ולא היה מקום לשמור עותק בצד. הורידו אותם עכשיו: עד שתעשו זאת, שותף לא ישמור עליהם.
storage-download-backup = הורדת הנתונים הפגומים
storage-unavailable = הדפדפן הזה אינו מאפשר לשותף לשמור (גלישה בסתר, או שהאחסון כבוי). אפשר להמשיך לעבוד: העבודה נשמרת בחלון זה עד שייסגר. ייצאו אותה לקובץ כדי לשמור עליה.
storage-full = נפח האחסון של הדפדפן מלא, ולכן השינויים האחרונים לא נשמרו. הם עדיין כאן: ייצאו את סביבת העבודה לקובץ, ואז הסירו תוכניות ישנות כדי לפנות מקום.
storage-nearly-full = נפח האחסון של הדפדפן מלא ב־{ $percent }%. ליתר ביטחון, ייצאו את סביבת העבודה לקובץ.
storage-newer = הנתונים השמורים בדפדפן זה נוצרו בגרסה חדשה יותר של שותף. הם נשארו ללא שינוי. שינויים שתעשו כאן לא יישמרו; ייצאו אותם לקובץ.
storage-reloaded = סביבת העבודה עודכנה מלשונית אחרת.
storage-conflict-title = שינוי בלשונית אחרת
storage-conflict-body = סביבת העבודה שונתה בלשונית או בחלון אחר בזמן שערכתם כאן. בחרו איזו גרסה לשמור; השנייה תאבד, אלא אם תורידו אותה קודם.
conflict-load-theirs = שימוש בגרסה של הלשונית האחרת
conflict-keep-mine = שמירת הגרסה של לשונית זו
conflict-download-mine = הורדת הגרסה של לשונית זו
demo-confirm-title = לשחזר את סביבת ההדגמה?
demo-confirm-body = ההדגמה מחליפה את התוכניות שבדפדפן זה. אפשר לבטל את השחזור, וכדאי לייצא את התוכניות שלכם קודם.
demo-confirm-button = שחזור ההדגמה
demo-unavailable = לא ניתן היה לטעון את סביבת ההדגמה. בדקו את החיבור ונסו שוב „שחזור ההדגמה”.
loading = טוען…
texts-unavailable = לא ניתן היה לטעון את הטקסטים של הכלים. בדקו את החיבור וטענו את הדף מחדש.
locale-unavailable = לא ניתן היה לטעון את הטקסטים של השפה שנבחרה, ולכן הדף נשאר בשפה הנוכחית. בדקו את החיבור ונסו שוב.
demo-restored = סביבת ההדגמה שוחזרה.

## שגיאות עריכה

error-empty-name = השם אינו יכול להיות ריק.
error-dates-out-of-order = תאריך הסיום אינו יכול להיות לפני תאריך ההתחלה.
error-not-found = מה שערכתם כבר לא קיים; ייתכן שהוסר בלשונית אחרת.
error-answer = התשובה אינה מתאימה לשאלה, ולכן לא נשמרה.
error-duplicate-id = המזהה הזה כבר בשימוש.
error-invalid-id = המזהה אינו תקין.
error-too-many = הרשימה מלאה; יש להסיר פריט לפני שמוסיפים עוד.
plan-deleted = התוכנית „{ $name }” נמחקה.
nothing-to-undo = אין מה לבטל.

## כלים

section-instruments = כלים
section-tasks = משימות
instruments-intro = רשימות תיוג, שאלונים ומודלים מהשטח. אפשר למלא אותם לבד או עם אחרים, בסבבים לאורך זמן.
instruments-suggested = מומלצים לסוג התוכנית הזה
instruments-more = כלים נוספים ({ $count })
instrument-rounds = { $count ->
    [0] עדיין לא בשימוש
    [one] סבב אחד
   *[other] { $count } סבבים
} · { $responses ->
    [one] מענה אחד
   *[other] { $responses } מענים
}
instrument-unused = עדיין לא בשימוש
instrument-back = חזרה לתוכנית
instrument-source = מקור
scale-note = הסולם 1–5 הוא בחירה של שותף: מסמך המקור אינו מגדיר סולם.
shape-checklist = רשימת תיוג
shape-questionnaire = שאלון
shape-self_assessment = הערכה עצמית
shape-staged_model = מודל שלבים
shape-classifier = מסווג
rounds-title = סבבים
round-empty = עדיין אין סבבים. פתחו סבב כדי למלא את הכלי, לבד או עם כמה משיבים.
round-new-name = שם לסבב חדש
round-new-default = סבב { $n }
round-add = פתיחת סבב
round-remove = מחיקת הסבב
round-no-responses = עדיין אין מענים בסבב הזה.
response-add = הוספת מענה
response-for = על מה
response-subject-plan = התוכנית כולה
response-open = מילוי
response-remove = מחיקה
response-anonymous = ללא שם
response-progress = נענו { $answered } מתוך { $total }
respondent-label = המשיב/ה (שם או תפקיד; לא חובה)
response-done = חזרה לכלי
print = הדפסה
answer-yes = כן
answer-no = לא
answer-clear = ניקוי התשובה
agree-1 = כלל לא
agree-2 = במידה מועטה
agree-3 = חלקית
agree-4 = במידה רבה
agree-5 = במלואו
agree-dont-know = לא יודע/ת
actions-item = פעולה { $n }
actions-to-tasks = { $count ->
    [one] הפיכת הפעולה למשימה
   *[other] הפיכת { $count } פעולות למשימות
}

## תוצאות

results-title = תוצאות
results-none = עדיין אין תשובות.
results-of-round = סבב: { $round }
results-respondents = { $count ->
    [one] משיב/ה אחד/ת
   *[other] { $count } משיבים
}
results-compare = השוואה לסבב קודם
results-compare-none = (ללא השוואה)
results-comparing = בהשוואה לסבב „{ $round }”.
results-done = { $done } מתוך { $total } הושלמו
results-remaining = עוד נותר:
results-all-done = הכול הושלם.
results-section-mean = ממוצע לכל חלק
results-item = פריט
results-mean = ממוצע
results-spread = פיזור
results-n = תשובות
results-dont-know = לא יודע/ת
results-change = שינוי
results-disagreement = היכן המשיבים חלוקים יותר מכול
results-ladder = השלבים, לפי הסדר
results-current-stage = היכן השותפות עומדת
results-no-stage = עדיין לא הושג אף שלב
results-next-step = הצעד הבא
results-evidence-missing = מה עוד חסר:
results-out-of-order = שלב מאוחר מתקיים בעוד שלב מוקדם ממנו לא: כדאי לבחון שוב את השלב המוקדם.
results-level = רמה { $level }: { $title }
results-why = למה הרמה הזו
results-answer-points = מצביע על רמה { $level }
results-next-level = הרמה הבאה
results-then = אז
results-ideal = המצב הרצוי
results-ideal-ok = תואם את הרצוי
results-ideal-gap = { $gap } מהרצוי

## התראות ומשימות

warnings-title = { $count ->
    [0] אין התראות פתוחות
    [one] התראה אחת
   *[other] { $count } התראות
}
warning-source = למה:
warning-open = פתיחת „{ $instrument }”
warning-holds = ב־{ $n } מתוך { $total } מענים
warning-dismiss = הסתרה…
warning-dismiss-reason = למה ההתראה אינה רלוונטית?
warning-dismiss-save = הסתרת ההתראה
warning-dismissed-title = התראות שהוסתרו ({ $count })
warning-reason = הסיבה
warning-restore = החזרה
tasks-summary = { $open } פתוחות, { $overdue } באיחור
tasks-empty = עדיין אין משימות.
list-showing = בתצוגה: { $shown } מתוך { $total }
list-show-more = הצגת עוד { $count }
task-new = משימה חדשה
task-add = הוספת משימה
task-title = משימה
task-owner = אחראי/ת
task-owner-none = (ללא אחראי)
task-due = מועד
task-overdue = באיחור
task-remove = מחיקת „{ $title }”

## סקירת התוכנית

overview-title = היכן התוכנית עומדת
overview-next = הצעד הבא המוצע
overview-next-warning = לטפל בהתראה: { $message }
overview-next-overdue = משימה באיחור: „{ $title }”.
overview-next-assess = לברר היכן השותפות עומדת: למלא את „{ $instrument }”.
overview-next-stage = לקראת „{ $stage }” ({ $instrument }): { $what }
overview-next-nothing = אין כרגע דבר בולט. ממשיכים.
overview-go = מעבר לשם
overview-assess = למילוי
overview-not-assessed = טרם נבדק
overview-latest = תוצאות אחרונות
overview-attention = { $warnings ->
    [one] התראה פתוחה אחת
   *[other] { $warnings } התראות פתוחות
} · { $overdue ->
    [one] משימה אחת באיחור
   *[other] { $overdue } משימות באיחור
} · { $soon ->
    [one] משימה אחת לביצוע בשבועיים הקרובים
   *[other] { $soon } משימות לביצוע בשבועיים הקרובים
}
home-stage = { $instrument }: { $stage }
home-attention = { $count ->
    [one] דבר אחד דורש תשומת לב
   *[other] { $count } דברים דורשים תשומת לב
}

## דרכון השותפות ורעיונות

passport-open = דרכון השותפות
passport-title = דרכון השותפות
passport-missing = הדרכון נבנה מכרטיס הפרופיל של השותפות, שעדיין לא מולא.
passport-fill = מילוי כרטיס הפרופיל
passport-edit = עריכת כרטיס הפרופיל
passport-continuum = המקום על רצף השיתוף
passport-continuum-missing = השותפות עדיין לא מוקמה על רצף השיתוף.
passport-place = מיקום על הרצף
passport-size = { $count } בתי ספר: { $class }
passport-warnings = כדאי להיערך לכך
passport-section-empty = לא מולא.
size-pair = זוג בתי ספר
size-small = קבוצה קטנה
size-expanded = שותפות מורחבת (ארבעה בתי ספר ויותר): נדרשים תיאום ויציבות
size-dozens = עשרות בתי ספר: נתפס כמספר גדול מכדי להועיל
ideas-title = רעיונות
idea-to-task = הפיכה למשימה
idea-is-task = כבר משימה
horizon-short = טווח קצר
horizon-medium = טווח בינוני
horizon-long = טווח ארוך

## Workshop mode: invitations, responses and plans by link or code (issue 4)
code-error-empty = אין בו קוד.
code-error-too-long = הוא ארוך מכדי להיות קוד של שותף.
code-error-not-a-code = זה אינו קישור או קוד של שותף.
code-error-damaged = הוא פגום (נקטע, הוארך או שונה). בקשו אותו שוב.
code-error-newer = הוא מגרסה חדשה יותר של שותף. טענו מחדש לעדכון.
code-error-invalid = התוכן שלו אינו מה ששותף כותב.
code-refused = לא ניתן היה לפתוח את הקישור או הקוד; דבר לא שונה.
code-no-round = התשובה שייכת לסבב שאינו בסביבת העבודה הזאת.
code-copy = העתקה
code-copied = הועתק.
code-download = הורדה כקובץ
invite-make = הזמנה בקישור
invite-link = קישור ההזמנה
invite-hint = השאלון נמצא בקישור עצמו; התשובות נשארות בכל מכשיר עד שיישלחו אליכם.
qr-invitation = קוד QR של קישור ההזמנה
qr-response = קוד QR של קישור התשובה
qr-hint = סרקו אותו במצלמת הטלפון כדי לפתוח את הקישור.
qr-too-long = הקישור הזה באורך { $length } תווים, יותר מדי לקוד QR (לכל היותר { $max }): שלחו במקום זאת את הקישור, את הקוד או את הקובץ.
qr-too-long-link = הקישור הזה באורך { $length } תווים, יותר מדי לקוד QR (לכל היותר { $max }): שלחו את הקישור עצמו.
qr-too-long-code = התשובות האלה ארוכות מדי לקישור או לקוד QR ({ $length } תווים; קוד QR מכיל לכל היותר { $max }): שלחו במקום זאת את הקוד או את הקובץ.
collect-title = איסוף תשובות
collect-label = הדביקו קודים או קישורים של תשובות (בכל מספר)
collect-add = הוספת התשובות
collect-files = בחירת קובצי תשובות
collect-added = { $who }: נוספה.
collect-updated = { $who }: תשובות ששונו, ומחליפות את הקודמות.
collect-duplicate = { $who }: כבר קיימת, לא נוספה שוב.
collect-other-round = שייכת לסבב „{ $round }”, לא לזה: לא נוספה.
collect-other-round-unknown = שייכת לסבב אחר: לא נוספה.
collect-other-instrument = עונה על שאלון אחר, לא נוספה.
collect-subject-gone = עוסקת בשותף או באדם שכבר אינם בתוכנית, לא נוספה.
collect-not-response = הזמנה או תוכנית, לא תשובה.
collect-done = { $count ->
    [one] נוספה תשובה אחת.
   *[other] נוספו { $count } תשובות.
}
received-title = התקבלו תשובות
received-intro = לסבב „{ $round }” של התוכנית „{ $plan }”:
received-add = { $count ->
    [one] הוספת תשובה אחת
   *[other] הוספת { $count } תשובות
}
share-plan-link = שיתוף בקישור
share-plan-link-label = קישור לעותק של התוכנית
share-plan-hint = המקבל יישאל לפני שהתוכנית תתווסף, כעותק.
share-plan-too-long = הקישור יהיה באורך { $length } תווים, יותר מ־{ $max }: שתפו קובץ במקום.
share-plan-received = קישור ששותף
respond-invited = הוזמנת לענות
respond-unknown = גרסה זו של שותף אינה מכירה את השאלון. טענו מחדש, או בקשו קישור חדש.
respond-privacy = התשובות נשארות במכשיר הזה עד שתשלחו אותן; אפשר להמשיך מאוחר יותר מאותו קישור.
respond-saved = נשמר במכשיר הזה
respond-not-saved = לא נשמר במכשיר: שלחו לפני הסגירה
respond-send-title = שליחת התשובות
respond-send-intro = צרו את קוד התשובה ושלחו אותו למי שהזמין אתכם: כטקסט, כקישור או כקובץ.
respond-prepare = יצירת קוד התשובה שלי
respond-code = קוד התשובה
respond-link = קישור התשובה
respond-leave = יציאה מהשאלון
app-new-version = גרסה חדשה של שותף זמינה.
app-reload = טעינה מחדש

## ממשל ותכנית עבודה (issue 6)
section-governance = ממשל ותכנית עבודה
gov-intro = השלב שבו נמצא האקוסיסטם, המשימה והיעדים, תכנית העבודה ותקציבה, הגופים המובילים אותה והמפגשים שלהם.
gov-summary = { $goals } יעדים · { $components } רכיבי פעולה · { $bodies } גופים · { $meetings } מפגשים · { $warnings } אזהרות
gov-open = פתיחת ממשל ותכנית עבודה
gov-back = חזרה לתכנית
gov-back-to-governance = חזרה לממשל ותכנית העבודה
gov-title = ממשל ותכנית עבודה
gov-year-open = סיכום שנת התכנון
gov-h-stage = שלב
gov-h-charter = משימה וחזון
gov-h-workplan = תכנית עבודה
gov-h-timeline = ציר זמן לפי שנים
gov-h-bodies = גופים
gov-h-meetings = מפגשים
gov-h-figures = מדדי תשתית
gov-h-community = רתימת הקהילה
gov-stage-none = (לא צוין)
gov-stage-here = אנחנו כאן
gov-stage-label = איפה עומד האקוסיסטם
gov-stage-not-assessed = מודל השלבים עדיין לא מולא.
gov-stage-assessed = לפי מודל השלבים שמולא: { $stage }
gov-done = בוצע
gov-not-done = טרם
gov-stage-fill = מילוי מודל השלבים
gov-mission = משימה רשותית
gov-vision = חזון
gov-overarching-goal = מטרת על
gov-removed = (הוסר)
gov-none = (אין)
gov-workplan-intro = לכל יעד מנופים, ולכל מנוף רכיבי פעולה — בדרך כלל שתיים־שלוש תכניות ליבה ליעד — שמבצע גורם מבצע ומממן שותף.
gov-no-levers = עדיין אין מנופים: הוסיפו מנוף בתא היעד.
gov-no-components = עדיין אין רכיבי פעולה.
gov-col-goal = יעד נבחר
gov-col-lever = מנוף
gov-col-components = רכיבי פעולה
gov-col-executor = גורם מבצע ומממן
gov-col-budget = תקציב
gov-col-name = שם
gov-total = סה״כ
gov-unassigned = (לא שויך)
gov-no-goals = עדיין אין יעדים.
gov-loose = { $count } מנופים או רכיבים שייכים ליעד או למנוף שהוסרו.
gov-goal-new = יעד חדש
gov-goal-add = הוספת יעד
gov-per-goal = תקציב לפי יעד
gov-per-executor = תקציב לפי גורם מבצע
gov-per-funder = תקציב לפי מממן
gov-goal = יעד
gov-subtotal = סכום ביניים
gov-goal-details = ערך מטרה, נקודת מוצא, מועד, קבוצת עבודה
gov-target = ערך מטרה (מספר, אם אפשר)
gov-baseline = נקודת מוצא
gov-deadline = מועד יעד
gov-owning-group = קבוצת העבודה האחראית
gov-goal-remove = הסרת היעד
gov-lever = מנוף
gov-lever-new = מנוף חדש
gov-lever-add = הוספת מנוף
gov-lever-remove = הסרת המנוף
gov-component = רכיב פעולה
gov-component-new = רכיב פעולה חדש
gov-component-add = הוספת רכיב
gov-component-remove = הסרת הרכיב
gov-core = תכנית ליבה
gov-from-year = משנה
gov-to-year = עד שנה
gov-executor = גורם מבצע
gov-funder = מממן
gov-budget = תקציב
gov-goals-ok = לכל יעד שתיים או שלוש תכניות ליבה, ולכל רכיב גורם מבצע.
gov-bodies-ok = קבוצות העבודה עומדות בהמלצות.
gov-warn-core-programs = ל„{ $name }” יש { $count } תכניות ליבה; מומלצות שתיים או שלוש ליעד.
gov-warn-no-executor = ל„{ $name }” יש רכיבי פעולה בלי גורם מבצע (או שאין רכיבים כלל).
gov-warn-group-size = בקבוצת העבודה „{ $name }” { $count } חברים; מומלץ 10 עד 20.
gov-warn-chairs = לקבוצת העבודה „{ $name }” { $count } יושבי ראש; מומלצים שניים — מומחה תוכן ונציג הרשות.
gov-warn-no-chair-on-steering = אף יו״ר של קבוצת העבודה „{ $name }” אינו חבר בוועדת ההיגוי.
gov-warn-missing-traits = ב„{ $name }” ל־{ $count } חברים חסרה אחת מארבע התכונות: { $people }.
gov-timeline-empty = לאף רכיב פעולה עדיין אין שנים.
gov-runs = פעיל
gov-unscheduled = ל־{ $count } רכיבי פעולה עדיין אין שנים.
gov-bodies-intro = ועדת היגוי, פורום תכנון, קבוצות עבודה (אחת לכל יעד, 10–20 חברים, שני יושבי ראש), צוות מוביל וקבוצת מדידה, עם חברים מאנשי התכנית.
gov-body-new = גוף חדש
gov-body-add = הוספת גוף
gov-body-name = שם
gov-body-kind = סוג
gov-kind-steering_committee = ועדת היגוי
gov-kind-planning_forum = פורום תכנון
gov-kind-working_group = קבוצת עבודה
gov-kind-leading_team = צוות מוביל
gov-kind-measurement_group = קבוצת מדידה והערכה
gov-members = חברים
gov-members-count = { $count } חברים, { $chairs } יושבי ראש
gov-member = אדם
gov-partner = שותף
gov-chair = יו״ר
gov-trait-experience = ניסיון ממקור ראשון
gov-trait-influence = רצון להשפיע
gov-trait-commitment = יכול/ה להגיע לכל מפגש
gov-trait-authority = סמכות לייצג את הארגון
gov-actions = פעולות
gov-member-choose = (בחרו אדם)
gov-member-add = הוספת חבר/ה
gov-member-remove = הסרת { $name }
gov-first-months = ששת החודשים הראשונים: המוקד של כל חודש
gov-month-n = חודש { $n }
gov-channels = ערוצי גיוס שהופעלו
gov-channel-publicise = פרסום לכל חברי האקוסיסטם
gov-channel-recommend = חברי האקוסיסטם וועדת ההיגוי ממליצים על נציגים
gov-channel-chair_from_steering = גיוס חבר/ת ועדת היגוי לתפקיד יו״ר
gov-channel-mapped_stakeholders = פנייה לבעלי עניין שעלו במיפוי
gov-channel-existing_networks = ניצול רשתות ושיתופי פעולה קיימים
gov-body-remove = הסרת { $name }
gov-date = תאריך
gov-body = גוף
gov-number = מס׳
gov-topic = נושא
gov-attendance = נוכחות
gov-attendance-count = { $attended } הגיעו מתוך { $invited } מוזמנים
gov-meeting-untitled = (ללא נושא)
gov-meetings-empty = עדיין לא נרשמו מפגשים.
gov-meeting-needs-body = הוסיפו קודם גוף, ואז רשמו את מפגשיו.
gov-meeting-add = רישום מפגש
gov-fig-meetings = מפגשים
gov-fig-attendance = הגעה מתוך המוזמנים
gov-fig-consistency = עקביות ההשתתפות
gov-fig-returning = הגיעו יותר מפעם / אנשים
gov-fig-tasks = משימות שבוצעו / שנקבעו
gov-fig-initiatives = יוזמות שעלו
gov-fig-topics = נושאים שהספקנו / שתוכננו
gov-fig-sectors = חברים: ציבורי · עסקי · שלישי (מגזרים)
gov-all-bodies = כל הגופים
gov-figures-intro = נגזרים מהמפגשים ולא מוקלדים: כמה מהמוזמנים הגיעו, האם מגיעים אותם אנשים בכל פעם, מה בוצע בין המפגשים, ועד כמה כל גוף מגוון.
gov-figures-note = עקביות היא החפיפה הממוצעת בין המשתתפים במפגש אחד לבין הבא אחריו באותו גוף (משתתפים משותפים ÷ כל המשתתפים בשני המפגשים): 100% — אותם אנשים בכל פעם, 0% — אנשים אחרים בכל פעם.
gov-community-intro = מיתוג ושיווק, אירועים ומפגשים שרותמים הורים, תושבים ומוסדות ציבור.
gov-activity-branding = מיתוג ושיווק
gov-activity-event = אירוע
gov-activity-meeting = מפגש
gov-activity-other = אחר
gov-activity-title = פעילות
gov-activity-kind = סוג
gov-activity-audience = קהל
gov-activity-new = פעילות חדשה
gov-activity-add = הוספת פעילות
gov-activity-remove = הסרת { $name }
gov-meeting-details = המפגש
gov-goals = מטרות המפגש
gov-sent-in-advance = סדר היום והמטרות נשלחו מראש
gov-materials = חומרים
gov-agenda = סדר יום
gov-agenda-item = סעיף { $n }
gov-covered = הספקנו
gov-agenda-remove = הסרת סעיף { $n }
gov-agenda-new = סעיף חדש בסדר היום
gov-agenda-add = הוספת סעיף
gov-invited = הוזמנו
gov-attended = הגיעו
gov-meeting-record = הערות, סיכום והחלטות
gov-notes = הערות
gov-summary-field = סיכום
gov-decisions = החלטות
gov-initiatives = יוזמות שעלו
gov-initiatives-lines = יוזמות שעלו (אחת בכל שורה)
gov-tasks = משימות
gov-meeting-instruments = רשימות תיוג למפגש
gov-assess-with = מילוי „{ $instrument }” למפגש זה
gov-minutes = סדר יום ופרוטוקול
gov-copy = העתקה כטקסט
gov-copied = הועתק.
gov-meeting-remove = מחיקת המפגש
gov-year-title = סיכום שנת התכנון
gov-year-start = השנה מתחילה ב־
gov-year-timeline = המפגשים לאורך השנה
gov-year-no-meetings = אין מפגשים בשנה זו.
gov-achievements = הישגים ותוצרים
gov-year-partners = שותפים שנרתמו, לפי מגזר
gov-months = ינו׳, פבר׳, מרץ, אפר׳, מאי, יוני, יולי, אוג׳, ספט׳, אוק׳, נוב׳, דצמ׳
gov-year-pick = השנה לסיכום
gov-year-planning = שנת התכנון ({ $from } – { $to })
gov-year-after = שנת יישום { $n } ({ $from } – { $to })
gov-year-before = { $n ->
    [one] השנה שלפני שנת התכנון ({ $from } – { $to })
   *[other] { $n } שנים לפני שנת התכנון ({ $from } – { $to })
}
gov-year-activities = רתימת הקהילה בשנה זו
gov-year-no-activities = אין פעילות קהילתית המתוארכת לשנה זו.
gov-year-figures-note = { $count ->
    [0] לא התקיימו מפגשים בשנה זו, ולכן אין מה למנות בנתונים שלהלן.
    [one] לפי המפגש היחיד של שנה זו בלבד; החברים הם חברי הגופים כיום.
   *[other] לפי { $count } המפגשים של שנה זו בלבד; החברים הם חברי הגופים כיום.
}

## שותפות אימון (issue 8)

section-coaching = שותפות אימון
coaching-summary = שלב: { $stage } · { $sessions ->
    [one] מפגש אחד תועד
   *[other] { $sessions } מפגשים תועדו
} · { $planned } מתוכננים · { $warnings ->
    [0] אין אזהרות קצב
    [one] אזהרת קצב אחת
   *[other] { $warnings } אזהרות קצב
}
coaching-open = פתיחת שותפות האימון
coaching-back = חזרה לתוכנית
coaching-intro = מנהיגים מאמנים זה את זה במשך כשנה, במפגשים מובנים. רשומות המפגשים חסויות: הן יוצאות מהמכשיר הזה רק אם תבחרו בכך.
coaching-warnings = קצב המפגשים
coaching-warnings-none = אין אזהרות קצב: הקצב תואם את ההמלצות.
coaching-warn-gap = { $days } ימים בין { $from } ל־{ $to }: יותר משישה שבועות. ארבעה עד שישה שבועות בין מפגשים שומרים על רצף השותפות.
coaching-warn-short = המפגש ב־{ $date } נמשך { $minutes } דקות. מפגש של שעתיים־שלוש מועיל בדרך כלל יותר ממפגש של שעה, בייחוד עם צפייה בשדה.
coaching-warn-early-observation = המפגש ב־{ $date } כולל צפיית עמיתים בעוד השותפות בשלב ההתנעה. קודם בונים אמון; הצפייה יכולה לחכות.
coaching-warn-unscheduled = המפגש ב־{ $date } לא היה בלוח המפגשים שתוכנן מראש. קביעת מפגשי השנה מוקדם שומרת עליהם.
coaching-warn-no-calendar = יש מפגשים מתועדים אבל לא תוכנן לוח מפגשים מראש. כדאי לקבוע את מפגשי השנה מוקדם.
coaching-sessions = מפגשים
coaching-sessions-empty = עדיין לא תועד מפגש.
coaching-session-new = תיעוד מפגש
coaching-session-open = פתיחה
coaching-session-of = מפגש מ־{ $date }
coaching-session-close = סגירת המפגש
coaching-remove = הסרה
coaching-removed = (הוסר)
coaching-actions = פעולות
coaching-date = תאריך
coaching-time = שעת התחלה
coaching-length = משך
coaching-minutes = משך בדקות
coaching-minutes-n = { $n } דק׳
coaching-observation = צפייה
coaching-yes = כן
coaching-group-mark = (קבוצתי)
coaching-coachee = העמית המתאמן
coaching-nobody = (אף אחד)
coaching-includes-observation = המפגש כולל צפייה בשדה
coaching-group = מפגש קבוצתי
coaching-participants = משתתפים
coaching-question-add = הוספת שאלה של משתתף
coaching-question-who = מי שואל את שאלה { $n }
coaching-question-n = שאלה { $n }
coaching-carried = היעדים מהמפגש הקודם
coaching-carried-from = נקבעו במפגש מ־{ $date }.
coaching-carried-none = לא נקבעו יעדים למפגש הזה.
coaching-progress-on = ההתקדמות ב„{ $goal }”
coaching-questions-to-ask = שאלות לשאול
coaching-grow-goal = יעד
coaching-grow-reality = מציאות
coaching-grow-options = אפשרויות
coaching-grow-wrap_up = סיכום והמשך
coaching-goal = היעדים במוקד
coaching-reality = המציאות כעת
coaching-alternative = חלופה
coaching-pros = יתרונות החלופה
coaching-cons = חסרונות החלופה
coaching-alternative-add = הוספת חלופה
coaching-alternative-remove = הסרת חלופה { $n }
coaching-first-step = הצעד הראשון מחר בבוקר
coaching-next-goals = יעדים למפגש הבא
coaching-next-date = מועד המפגש הבא
coaching-observation-record = צפייה בשדה
coaching-observer = הצופה
coaching-observation-notes = מה נראה (רישום תיאורי)
coaching-feedback = המשוב שניתן
coaching-reflection = רפלקציה, במהלך המפגש או מיד אחריו
coaching-notes = הערות נוספות
coaching-tags = תגיות (מופרדות בפסיקים)
coaching-year = השנה במבט אחד
coaching-held = מפגש שהתקיים
coaching-with-observation = מפגש עם צפייה
coaching-planned = מפגש מתוכנן
coaching-month = { $month } { $year }
coaching-month-1 = ינואר
coaching-month-2 = פברואר
coaching-month-3 = מרץ
coaching-month-4 = אפריל
coaching-month-5 = מאי
coaching-month-6 = יוני
coaching-month-7 = יולי
coaching-month-8 = אוגוסט
coaching-month-9 = ספטמבר
coaching-month-10 = אוקטובר
coaching-month-11 = נובמבר
coaching-month-12 = דצמבר
coaching-calendar = לוח המפגשים
coaching-calendar-intro = קבעו את מפגשי השנה כבר בהתחלה, כל ארבעה עד שישה שבועות, שעתיים־שלוש כל מפגש.
coaching-place = מקום
coaching-series-first = תאריך ראשון
coaching-series-weeks = כל כמה שבועות
coaching-series-count = כמה מפגשים
coaching-series-add = הוספה ללוח
coaching-ics = הורדת הלוח (‎.ics)
coaching-ics-title = מפגש אימון · { $plan }
coaching-partnership = השותפות
coaching-stage = שלב
coaching-stage-initiation = התנעה
coaching-stage-implementation = יישום
coaching-stage-institutionalisation = מיסוד
coaching-agreed = ההסכמות נקבעו ב־
coaching-no-people = הוסיפו קודם את המנהיגים תחת „אנשים” בדף התוכנית.
coaching-role-none = לא בשותפות
coaching-role-both = מאמן ומתאמן
coaching-role-coach = מאמן
coaching-role-coachee = מתאמן
coaching-agreements = הסכמות בשלב ההתנעה
coaching-agreements-intro = על מה השותפים מסכימים לפני המפגש הראשון.
coaching-agree-trust = אמון, כבוד וסודיות
coaching-agree-regularity = סדירות המפגשים
coaching-agree-commitment = התחייבות
coaching-agree-rigour = קפדנות ושיטתיות
coaching-agree-documentation = מה מתעדים, ואיך
coaching-goals = יעדים ותוכניות פעולה
coaching-goals-intro = כל יעד שייך לעמית המתאמן שהציב אותו, עם תוכנית פעולה בשדה.
coaching-goal-title = יעד
coaching-goal-owner = בעלים (העמית המתאמן)
coaching-goal-due = תאריך יעד
coaching-action-plan = תוכנית פעולה
coaching-goal-done = הושג
coaching-goal-new = יעד חדש
coaching-goal-add = הוספת היעד
coaching-goal-untitled = (יעד ללא שם)
coaching-goal-remove = הסרת היעד „{ $goal }”
coaching-search = חיפוש
coaching-search-text = מילים
coaching-search-tag = תגית
coaching-search-goal = יעד
coaching-any-goal = (כל יעד)
coaching-search-from = מתאריך
coaching-search-to = עד תאריך
coaching-found = { $count ->
    [one] תוצאה אחת.
   *[other] { $count } תוצאות.
}
coaching-found-session = מפגש
coaching-found-goal = יעד
coaching-found-observation = צפייה
coaching-found-reflection = רפלקציה
coaching-export = ייצוא התוכנית
coaching-export-intro = רשומות האימון (תיעוד המפגשים, יעדים, צפיות ורפלקציות) חסויות. הייצוא משמיט אותן, אלא אם תסמנו את התיבה.
coaching-include-notes = לכלול את רשומות האימון החסויות
coaching-export-without = ייצוא בלי רשומות האימון
coaching-export-with = ייצוא עם רשומות האימון
export-plan-title = ייצוא התוכנית

## Measurement and evaluation (issue 7)
section-evaluation = מדידה והערכה
eval-intro = מדדים בשלושה צירים, מדידות לאורך זמן, תכנית ההערכה, הערכת רשת, ראיונות וממצאים.
eval-summary = { $indicators } מדדים · { $interviews } ראיונות · { $findings } ממצאים · { $warnings } אזהרות · התקדמות המשימה { $mission }
eval-open = פתיחת מדידה והערכה
eval-report-open = דוח הערכה
eval-title = מדידה והערכה
eval-back = חזרה למדידה והערכה
eval-h-indicators = מדדים
eval-h-design = תכנית ההערכה
eval-h-network = הערכת הרשת
eval-h-interviews = ראיונות
eval-h-findings = ממצאים והמלצות
eval-indicators-intro = מדדו את תכנית העבודה (רכיב פעולה, יעד, משימה), את תשתית השותפות ואת תמונת המצב המקומית לאורך זמן. יעד צריך מספר ונקודת מוצא.
eval-indicators-empty = אין עדיין מדדים.
eval-warnings = נקודות לתיקון
eval-warn-count = { $count ->
    [one] אזהרה אחת
   *[other] { $count } אזהרות
}
eval-warn-target-without-number = „{ $name }”: ליעד אין מספר.
eval-warn-target-without-baseline = „{ $name }”: יעד בלי נקודת מוצא — ממה יימדד השינוי?
eval-warn-vague-target = „{ $name }”: היעד עמום (כמו „הגדלה משמעותית”). כתבו בכמה, ומאיזו נקודת מוצא.
eval-warn-unmeasured = ל„{ $name }” שבתכנית העבודה אין מדד.
eval-warn-overdue = „{ $name }”: מדידה הייתה צריכה להתבצע עד { $due }.
eval-warn-not-in-work-plan = „{ $name }”: היעד או הרכיב שהוא מודד אינו בתכנית העבודה (ייתכן שהוסר); יש לבחור אחד שקיים בה.
eval-name = מדד
eval-axis = ציר
eval-axis-work_plan = תכנית העבודה
eval-axis-infrastructure = תשתית השותפות
eval-axis-mapping = מיפוי מתמשך של תמונת המצב
eval-level = רמה
eval-level-action_component = רכיב פעולה
eval-level-goal = יעד
eval-level-mission = משימה
eval-linked = יעד או רכיב (מזהה או שם)
eval-not-in-work-plan = (לא בתכנית העבודה)
eval-kind = סוג
eval-kind-quantitative = כמותי
eval-kind-qualitative = איכותני
eval-unit = יחידה
eval-source = מקור הנתונים
eval-access = עד כמה הנתונים נגישים
eval-access-available = זמינים (אצלנו או ברשות)
eval-access-obtainable = ניתן להשיג
eval-access-hard = קשים להשגה
eval-method = שיטת האיסוף
eval-frequency = תדירות
eval-frequency-monthly = פעם בחודש
eval-frequency-quarterly = פעם ברבעון
eval-frequency-half_yearly = פעמיים בשנה
eval-frequency-yearly = פעם בשנה
eval-frequency-once = פעם אחת
eval-collector = מי אוסף
eval-analyst = מי מנתח
eval-cost = עלות וזמן
eval-baseline = נקודת מוצא
eval-target = יעד
eval-target-text = היעד במילים
eval-deadline = מועד יעד
eval-owner = אחראי (קבוצת עבודה או אדם)
eval-binding = נמדד אוטומטית מתוך
eval-binding-none = לא מקושר (מוזן ידנית)
eval-binding-attendance_rate = נוכחות מתוך המוזמנים
eval-binding-attendance_consistency = עקביות ההשתתפות
eval-binding-tasks_completed = משימות שבוצעו בין המפגשים
eval-binding-initiatives_raised = יוזמות שעלו
eval-binding-topics_covered = נושאים שהספקנו מתוך המתוכננים
eval-binding-group_activity = פעילות קבוצות העבודה
eval-latest = אחרון
eval-progress = התקדמות
eval-progress-of = התקדמות לעבר היעד: { $progress }
eval-group = יעד או רכיב
eval-rollups = התקדמות לפי יעד, רכיב, ולמשימה כולה
eval-mission-progress = התקדמות המשימה: { $progress }
eval-new-indicator = מדד חדש
eval-add = הוספה
eval-remove = הסרת „{ $name }”
eval-removed = הוסר
eval-definition = הגדרה
eval-measurements = מדידות
eval-measurements-empty = אין עדיין מדידות.
eval-date = תאריך
eval-value = ערך
eval-note = הערה
eval-actions = פעולות
eval-add-measurement = הוספת מדידה
chart-empty = אין עדיין מה להציג: הוסיפו מדידות עם ערך.
chart-table = הצגת הנתונים כטבלה
chart-desc = תרשים קו של { $points } תאריכים, מ־{ $from } עד { $to }. אותם נתונים בטבלה שמתחת.
eval-csv-open = ייבוא מדידות (CSV)
eval-csv-title = ייבוא מדידות מקובץ CSV
eval-csv-help = עמודות: מדד (שם או מזהה), תאריך, ערך, הערה. תאריכים כמו 1/3/2026 (יום קודם) או 2026-03-01; בין העמודות פסיק, נקודה־פסיק או טאב. שורת כותרת מדולגת.
eval-csv-file = קובץ CSV
eval-csv-paste = או הדביקו כאן את השורות
eval-csv-preview = תצוגה מקדימה של השורות
eval-csv-counts = { $good } שורות מוכנות, { $bad } עם בעיה (הן לא ייובאו).
eval-csv-line = שורה
eval-csv-status = מצב
eval-csv-ok = מוכנה
eval-csv-replaces = מחליפה את המדידה של אותו תאריך
eval-csv-import = ייבוא { $count } שורות
eval-csv-columns = רק { $value } עמודות: צריך מדד, תאריך וערך.
eval-csv-unknown-indicator = אין מדד בשם „{ $value }”.
eval-csv-bad-date = „{ $value }” אינו תאריך (כתבו 1/3/2026 או 2026-03-01).
eval-csv-bad-value = „{ $value }” אינו מספר.
eval-csv-empty = אין ערך ואין הערה.
eval-csv-repeated = אותו מדד ואותו תאריך כבר הופיעו קודם בקובץ.
eval-design-intro = על אילו מעגלים השותפות אמורה להשפיע, איך תיבחן ההשפעה, והנקודות שכדאי לחשוב עליהן לפני שמודדים.
eval-circles = מעגלי השפעה
eval-circle-system = המערכת
eval-circle-school = בית הספר
eval-circle-staff = הצוות
eval-circle-students = התלמידים
eval-methods = שיטות הערכה
eval-method-comparison_group = השוואה לקבוצה שאינה בשותפות
eval-method-over_time = הישגים לאורך זמן
eval-method-mapping = מיפוי
eval-method-self_report = שאלון דיווח עצמי
eval-method-accompanying = הערכה מלווה
eval-method-teacher_feedback = לולאת משוב עם המורים
eval-points = נקודות למחשבה — סמנו כשהתכנית עונה עליהן
eval-point-partnership = המדידה נבנית יחד עם ועדת ההיגוי או קבוצות העבודה, תוך שימוש במומחיות השותפים
eval-point-transparency = התוצאות מוצגות בשקיפות, והמידע נשמר בדיסקרטיות ובהתאם לכללי האתיקה
eval-point-accessible_data = המדדים נשענים על מקורות מידע נגישים (למשל נתוני הרשות)
eval-point-convenient_collection = האיסוף נוח וישים, וברור מה נדרש לשם כך
eval-point-analysis = ברור מי מנתח, איך (איכותני או כמותי) ובאיזה ידע, בלי תלות ארוכה בחברה חיצונית
eval-point-staffing = כוח אדם: מי בונה את הכלים, אוסף ומנתח, ובאיזו הכשרה
eval-point-budget = תקציב: השיטה מתאימה לתקציב, גם לאורך זמן
eval-point-time = זמן: באיזו תדירות נמדד כל ציר, וכמה זמן אורכים האיסוף והניתוח
eval-points-done = { $done } מתוך { $total } נקודות קיבלו מענה
eval-notes = הערות
eval-network-intro = היעד והמטרות המשותפים של הרשת, חבריה, מה היא תורמת (בפועל או בפוטנציה), חלקו של הגורם המכנס והמשימות המשותפות.
eval-net-goal = יעד משותף
eval-objectives = מטרות
eval-objective-learning = חשיפה, היכרות, שיתוף ולמידה
eval-objective-pooling = איגום משאבים והשפעה
eval-objective-collaboration = שיתופי פעולה מעבר למפגשים
eval-objective-standards = סטנדרטים ומומחיות משותפים
eval-members = חברי הרשת
eval-member-name = חבר רשת
eval-joined = הצטרפות
eval-joined-founding = גרעין מייסד
eval-joined-later = הצטרף בהמשך
eval-seniority = שנות ותק בהפעלת התכנית שלו
eval-new-member = חבר רשת חדש
eval-composition-figures = { $size } חברים: { $founding } מהגרעין המייסד, { $later } הצטרפו בהמשך; ותק ממוצע { $seniority } שנים.
eval-contribution = תרומה בשלושה שלבים
eval-contribution-help = לכל תחום ושלב: האם זה קרה (בפועל), רק מצופה (בפוטנציה), או עוד לא?
eval-area = תחום
eval-stage = שלב { $n }
eval-area-learning = למידה
eval-area-collaboration = שיתוף פעולה
eval-area-pooling = איגום והשפעה
eval-stage-learning-1 = היכרות
eval-stage-learning-2 = חשיבה ברמת מטא, „פילוסופית”
eval-stage-learning-3 = למידה יישומית
eval-stage-collaboration-1 = היכרות עם השחקנים
eval-stage-collaboration-2 = לכידות וקהילתיות
eval-stage-collaboration-3 = שיתוף פעולה מעבר למפגשים
eval-stage-pooling-1 = תחושת מנהיגות
eval-stage-pooling-2 = מדיניות
eval-stage-pooling-3 = איגום מעשי, „טכני”
eval-reach-not_yet = עוד לא
eval-reach-potential = בפוטנציה
eval-reach-actual = בפועל
eval-roles = תפקידי הגורם המכנס
eval-role-catalyst = מכנס וזרז
eval-role-thinking_partner = שותף לחשיבה
eval-role-influence_hub = מוקד לחץ והשפעה
eval-role-mediator = מתווך
eval-traits = מאפיינים תומכים של הגורם המכנס
eval-trait-funding = מימון ותשתית
eval-trait-dialogue = גישה דיאלוגית ואמון
eval-trait-prestige = יוקרה, מיתוג ומעמד
eval-trait-knowledge = ידע וקשרים
eval-composition = הרכב: תמהיל ותק, דמיון ושונות, יציבות, גודל
eval-joint-tasks = משימות משותפות
eval-task-title = משימה
eval-steering = הובלה
eval-steering-shared = הובלה משותפת
eval-steering-single = אחראי אחד
eval-new-task = משימה משותפת חדשה
eval-shared-count = { $shared } מתוך { $total } משימות משותפות מובלות במשותף.
eval-axes-rounds = { $count } סבבים של ההערכה העצמית.
eval-axes-open = מילוי סבב
eval-interviews-intro = בנו מתווה ראיון מתוך 21 שאלות הפרוטוקול, תעדו ראיונות ותייגו ציטוטים בנושאים: הממצאים סופרים אותם.
eval-guide = מתווה הראיון
eval-guide-empty = במתווה אין עדיין שאלות: הוסיפו מהפרוטוקול או משלכם.
eval-protocol = שאלה מהפרוטוקול
eval-protocol-add = הוספה למתווה
eval-part-1 = הרשת
eval-part-2 = הגורם המכנס
eval-q-from = שאלה { $n } בפרוטוקול
eval-q-own = שאלה שלכם
eval-new-question = שאלה משלכם
eval-interview-list = ראיונות שתועדו
eval-interviews-empty = עוד לא תועדו ראיונות.
eval-new-interview = ראיון חדש: מי רואיין
eval-who = מרואיין
eval-cluster = אשכול או קבוצה
eval-quotes = ציטוטים
eval-quotes-help = העתיקו ציטוטים מאירי עיניים ותייגו כל אחד בנושאים, מופרדים בפסיקים.
eval-quote-n = ציטוט { $n }
eval-quote-themes = נושאים
eval-new-quote = ציטוט חדש
eval-answers = תשובות
eval-themes = נושאים שתויגו
eval-theme-count = { $count ->
    [one] בראיון אחד
   *[other] ב־{ $count } ראיונות
}
eval-findings-intro = ממצא נשען על נושא: מספר הראיונות שיש בהם ציטוט עם הנושא קובע את שכיחותו.
eval-findings-empty = אין עדיין ממצאים.
eval-finding = ממצא
eval-finding-theme = הנושא שעליו הוא נשען
eval-finding-cluster = רק באשכול (ריק: כל הראיונות)
eval-new-finding = ממצא חדש
eval-prevalence = { $label } ({ $k } מתוך { $n } ראיונות)
eval-prev-none = אף מרואיין
eval-prev-only-one = רק מרואיין אחד
eval-prev-one-of-three = מרואיין אחד מתוך שלושה
eval-prev-two = שניים מהמרואיינים
eval-prev-some = חלק מהמרואיינים
eval-prev-most = רוב המרואיינים
eval-prev-all = כל המרואיינים
eval-recommendations = המלצות
eval-recommendation = המלצה
eval-rec-findings = נשענת על הממצאים
eval-new-recommendation = המלצה חדשה
eval-rec-based = נשענת על ממצאים { $list }
eval-report-title = דוח הערכה
eval-report-date = הוכן בתאריך { $date }
eval-report-instruments = תוצאות הכלים
eval-report-no-results = לאף כלי אין עדיין תשובות.
eval-report-responses = { $count } מענים
eval-q-1 = בכמה ממפגשי הרשת השתתפת, ומתוך כמה?
eval-q-2 = מדוע לא השתתפת בכולם?
eval-q-3 = מהי מטרת הרשת בעיניך?
eval-q-4 = מה קיבלת מהמפגשים שבהם השתתפת (כלים, ידע מקצועי, קשרים, במות)?
eval-q-5 = איזו השפעה, אם בכלל, הייתה להשתתפות על עבודתך השוטפת?
eval-q-6 = אילו מפגשים הצליחו יותר ואילו פחות, ומדוע?
eval-q-7 = האם המפגשים ענו על ציפיותיך? במה יותר, במה פחות?
eval-q-8 = איך המפגשים או הפעילויות קידמו את מטרת הרשת, ואת מטרתך?
eval-q-9 = אילו סוגי מפגשים יכולים לקדם את מטרת הרשת מכאן והלאה?
eval-q-10 = האם יש לפעילות הרשת מדד הצלחה? מה הוא יכול להיות? האם היא יכולה להשפיע על מדיניות?
eval-q-11 = האם פעילות הרשת נמשכת השנה? האם נוצרו תשתיות לעבודה משותפת שוטפת? מה יקדם המשכיות?
eval-q-12 = איך כדאי לרשת להמשיך לעבוד?
eval-q-13 = האם הגורם המכנס מכיר את התחום וההקשר שלך, ואת ההיבטים החברתיים והתרבותיים שמשפיעים על עבודתך? עד כמה זה חשוב?
eval-q-14 = האם הגורם המכנס מכיר את האתגרים המרכזיים של הארגון ושל הרשת? האם הוא תורם ידע, קשרים או כלים מולם?
eval-q-15 = במבט לאחור, מה הערך המוסף של הגורם המכנס עד כה? אילו צעדים שלו היו החשובים ביותר?
eval-q-16 = מה היו החסרונות של מעורבות הגורם המכנס? מה היית עושה אחרת?
eval-q-17 = האם היית רוצה יותר או פחות מעורבות של הגורם המכנס לאורך הדרך?
eval-q-18 = עד כמה הגורם המכנס משפיע על האפקטיביות של פעילות הרשת? האם אפשר בלעדיו?
eval-q-19 = במבט קדימה, איזה קשר עם הגורם המכנס רצוי במיוחד? אילו פעולות היית מצפה ממנו?
eval-q-20 = מי מוביל את הרשת היום? של מי הבעלות והאחריות המרכזית?
eval-q-21 = עוד משהו?
eval-record-figures = { $count ->
    [0] נתוני הפגישות כבר נרשמו
    [one] רישום נתוני הפגישות (מדד אחד)
   *[other] רישום נתוני הפגישות ({ $count } מדדים)
}

## Partners and roles: the partner landscape (issue 5)
land-open = מפת השותפים
land-open-long = למפת השותפים: מפה, תחומי אחריות, קצב עבודה, קונפליקטים ותוכנית עבודה משותפת
land-back = חזרה לתוכנית
land-title = מפת השותפים
land-intro = מי מלווה את בית הספר, מה כל גורם מביא ואיך מתחלקת העבודה: כל גורם ליווי מציג את הערך המוסף שלו ואת תחומי האחריות שלו, הגורמים נפגשים בזמן קבוע, וקונפליקטים מקבלים שם וטיפול.
land-circle = מעגל ההשפעה
land-warnings = התראות במפת השותפים ({ $count })
land-warnings-none = אין התראות: לכל תחום יש אחראים, ולכל שותף ערך מוסף ותחום אחריות.
land-warn-no-areas = עדיין לא הוגדרו תחומי אחריות: רשמו את תחומי העבודה ומי אחראי על כל אחד.
land-warn-area-no-owner = לתחום „{ $area }” אין אחראי.
land-warn-distinct-owners = התחום „{ $area }” מסומן כאחריות מובהקת אבל יש לו { $n } אחראים: העבירו אותו לשותף אחד או סמנו אותו כאחריות משותפת.
land-warn-no-added-value = { $partner } עדיין לא הציג את הערך המוסף שלו.
land-warn-no-area = ל{ $partner } אין תחום אחריות.
land-warn-same-methods = { $a } ו{ $b } משתמשים באותן שיטות או כלים: { $what }. סכמו מי עושה מה.
land-warn-same-focus = { $a } ו{ $b } מתמקדים באותם נושאים: { $what }. תאמו את העבודה.
land-warn-no-common-day = ימי ההדרכה של השותפים אינם חופפים לכולם: קבעו יום קבוע למפגשים (ההצעה: { $day }).
land-warn-no-principal-update = לא נקבעה מסגרת זמן קבועה לעדכון מנהל בית הספר.
land-registry = מאגר השותפים
land-registry-intro = כל השותפים ופרטיהם. עורכים שותף בעמוד התוכנית; כאן מסננים, מחפשים ומייצאים לגיליון.
land-search = חיפוש שותפים
land-all = הכול
land-shown = מוצגים { $n } מתוך { $total } שותפים
land-csv-partners = ייצוא השותפים (CSV)
land-csv-people = ייצוא האנשים (CSV)
land-people = אנשים
land-map = מפת השותפים
land-map-intro = השותפים מקובצים לפי מגזר (צבע) ולפי הקשר לתוכנית (קשתות); קו רציף מחבר שותפים שחולקים תחום אחריות, וקו מקווקו שותפים שעובדים עם אותם גופים.
land-map-desc = השותפים על טבעת, מקובצים לפי מגזר ולפי הקשר לתוכנית; קווים מחברים שותפים שחולקים תחומי אחריות או גופים שהם עובדים איתם.
land-map-svg = הורדת המפה (SVG)
land-map-png = הורדת המפה (PNG)
land-circles = מעגל ההשפעה של כל גורם
land-circles-intro = לכל שותף ולכל אדם שמילאו את מעגל ההשפעה: סמכות, אחריות, שליטה והשפעה, מ־1 (אין) עד 5 (מלאה), מול המצב הרצוי שמתואר בערכת הכלים — אחריות חלקית, סמכות מותאמת לה והשפעה מלאה.
land-circles-empty = עדיין איש לא מילא את מעגל ההשפעה. מלאו אותו עבור שותף או אדם כדי לראות כאן את התמונה שלו.
land-circle-fill = מילוי מעגל ההשפעה
land-circle-print = הדפסת התמונות
land-circle-title = מעגל ההשפעה — { $name }
land-circle-desc-dim = { $dim }: { $level } (הרצוי: { $ideal })
land-circle-distance = המרחק מהמצב הרצוי: { $distance } (0 הוא המצב הרצוי)
land-circle-distance-none = המרחק מהמצב הרצוי: עדיין לא ידוע (לא נענה אף ממד שיש לו מצב רצוי)
land-circle-responses = { $n ->
    [one] מענה אחד
   *[other] { $n } מענים
} בסבב „{ $round }”
land-circle-table = מעגל ההשפעה של { $name } כטבלה
land-circle-dim = ממד
land-circle-level = הדרגה שנבחרה
land-circle-ideal = המצב הרצוי
land-circle-gap = המרחק מהרצוי
land-circle-gap-ok = בתוך הטווח הרצוי
land-circle-gap-below = { $n } מתחת לרצוי
land-circle-gap-above = { $n } מעל לרצוי
land-circle-no-ideal = לא הוגדר מצב רצוי
land-circle-unanswered = לא נענה
land-circle-partner = שותף
land-circle-person = אדם
land-circle-legend-actor = הדרגות שנבחרו
land-circle-legend-ideal = המצב הרצוי
land-warn-source = מפת השותפים: כל שותף מציג את הערך המוסף שלו ואת תחומי האחריות שלו, וגורמי הליווי מתאמים ביניהם את העבודה.
land-warn-fix = לתיקון בדף השותפים
land-warn-dismissed = הוסתרה בדף התוכנית
land-map-table = המפה כטבלה
land-map-group = קבוצה
land-map-linked = מחובר אל
land-map-areas = { $n } תחומים משותפים
land-map-bodies = { $n } גופים משותפים
land-legend = מקרא
land-legend-areas = תחום אחריות משותף
land-legend-bodies = עובדים עם אותו גוף
land-areas = תחומי אחריות
land-areas-intro = כל תחום הוא באחריות משותפת (כמה שותפים יחד) או באחריות מובהקת (שותף אחד בלבד). סמנו את האחראים בטבלה.
land-area-name = תחום
land-area-kind = סוג האחריות
land-area-new = תחום אחריות חדש
land-area-add = הוספת תחום
land-area-remove = הסרת התחום „{ $name }”
land-kind-shared = משותפת
land-kind-distinct = מובהקת
land-owners = { $n } אחראים
land-matrix = שותפים × תחומי אחריות
land-rhythm = קצב שבועי
land-rhythm-intro = ימי ההדרכה של השותפים. אם הם אינם חופפים, קבעו מועד קבוע למפגשים, וקבעו גם כל כמה זמן מעדכנים את המנהל.
land-day = יום
land-present = נוכחים
land-proposed = מוצע
land-rhythm-all = כולם יכולים להיפגש ביום { $day } ({ $n } מתוך { $total }).
land-rhythm-most = רוב השותפים יכולים להיפגש ביום { $day } ({ $n } מתוך { $total }): הציעו אותו כמועד המפגש הקבוע.
land-rhythm-no-days = עדיין לא הוזנו ימי הדרכה: הוסיפו אותם בכל שותף.
land-meeting-day = יום מפגש קבוע
land-principal-update = עדכון המנהל
land-none = (אין)
land-freq-weekly = כל שבוע
land-freq-fortnightly = כל שבועיים
land-freq-monthly = כל חודש
land-freq-quarterly = כל שלושה חודשים
land-freq-yearly = כל שנה
land-conflicts = יומן קונפליקטים
land-conflicts-intro = תנו שם לקונפליקטים בין גורמי הליווי מוקדם, עם מקורם, ורשמו איך טופלו.
land-conflicts-empty = לא נרשמו קונפליקטים.
land-conflict-add = רישום קונפליקט
land-conflict-n = קונפליקט { $n }
land-conflict-remove = הסרת קונפליקט { $n }
land-conflict-a = שותף
land-conflict-b = שותף נוסף
land-source = מקור
land-source-demands = דרישות מנוגדות
land-source-expectations = ציפיות מנוגדות
land-source-interpersonal = מתח בין-אישי
land-source-appreciation = חוסר הערכה מקצועית
land-source-similar_fields = דיסציפלינות דומות
land-source-different_fields = דיסציפלינות שונות
land-source-other = אחר
land-status = מצב
land-status-open = פתוח
land-status-handling = בטיפול
land-status-resolved = נפתר
land-date = תאריך
land-description = מה קרה
land-handling = איך טופל
land-joint = תוכנית עבודה משותפת
land-joint-intro = המטרה המשותפת לגורמי הליווי, ולכל שותף: פעולות, מסמכים שיש להשיג, אנשים שיש לפגוש ונקודות ביניים. כל פריט הוא משימה של התוכנית ומופיע ברשימת המשימות, עם מה שבאיחור.
land-joint-goal = המטרה המשותפת
land-joint-item = פריט
land-joint-kind = סוג
land-joint-kind-action = פעולה
land-joint-kind-document = מסמך להשגה
land-joint-kind-meeting = אדם לפגישה
land-joint-kind-checkpoint = נקודת ביניים
land-joint-owner = מי מעדכן
land-joint-edit = עריכת האחראים והמועדים ברשימת המשימות של התוכנית.
land-joint-add = הוספה לתוכנית המשותפת
land-partner = שותף
land-done = בוצע
land-contacts = תוכנית קשר עם רשת השותפים
land-contacts-intro = לשותפים שמחוץ לגופים הפורמליים: למה שומרים על קשר, באיזה ערוץ, באיזו תדירות, ומתי היה הקשר האחרון.
land-contacts-due = { $n } ממתינים לקשר עכשיו
land-contact-add = הוספת שורת קשר
land-contact-remove = הסרת הקשר עם { $name }
land-contacted = היה קשר עם { $name } היום
land-contact-never = עוד לא היה קשר: הגיע הזמן
land-contact-late = באיחור של { $n } ימים
land-contact-today = להיום
land-contact-in = בעוד { $n } ימים
land-goal = מטרת הקשר
land-channel = ערוץ
land-channel-meeting = פגישה
land-channel-phone = טלפון
land-channel-email = דואר אלקטרוני
land-channel-message = הודעה
land-channel-event = אירוע
land-channel-newsletter = ידיעון
land-frequency = תדירות
land-last = קשר אחרון
land-removed = (שותף שהוסר)
land-yes = כן
land-no = לא
partner-expertise = מומחיות
partner-limitations = מגבלות
partner-focus = נושאי מיקוד
partner-focus-list = צרכים ונושאי מיקוד (מופרדים בפסיקים)
partner-methods = שיטות וכלים
partner-methods-list = שיטות וכלים (מופרדים בפסיקים)
partner-works-with = עובד עם
partner-works-with-list = גופים שהוא עובד איתם (מופרדים בפסיקים)
partner-days = ימי הדרכה
partner-arrival = תאריך הגעה
partner-funds = מממן תשתיות
partner-measures = יש לו מדידה והערכה משלו
partner-contact = דרכי התקשרות
weekday-sun = ראשון
weekday-mon = שני
weekday-tue = שלישי
weekday-wed = רביעי
weekday-thu = חמישי
weekday-fri = שישי
weekday-sat = שבת
