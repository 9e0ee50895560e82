## שותף — עברית

app-title = שותף
app-tagline = תכנון שותפויות בחינוך
skip-to-content = דילוג לתוכן
nav-home = כל התוכניות
nav-main = תפריט ראשי
language-label = שפה
action-undo = ביטול
    .title = ביטול (Ctrl+Z)
action-redo = חזרה
    .title = חזרה על הפעולה (Ctrl+Shift+Z או Ctrl+Y)
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
