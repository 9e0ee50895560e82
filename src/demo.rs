//! The demo workspace a first-time user sees: five example plans, one per [`PlanKind`], each
//! drawn from one of the seed documents (see `shared/domain/CATALOGUE.md`).
//!
//! Every text exists in Hebrew, English and Arabic; [`workspace`] picks one language. The people
//! and organisations are fictitious, and e-mail addresses use the reserved `example.org` domain.
//! Ids are fixed, so the same demo always gets the same ids in every language.

// Every struct literal below ends with `..Default::default()`, even where it names every field
// today, so that fields other modules add to the model later do not break the demo.
#![allow(clippy::needless_update)]

use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::*;

/// The demo workspace in the given language: five plans, in the order of [`PlanKind::ALL`].
pub fn workspace(lang: Lang) -> Workspace {
    Workspace {
        plans: vec![
            Rc::new(school_support(lang)),
            Rc::new(municipal_ecosystem(lang)),
            Rc::new(school_partnership(lang)),
            Rc::new(network_cluster(lang)),
            Rc::new(coaching_partnership(lang)),
        ],
    }
}

/// Picks the text of one language.
fn tr(lang: Lang, he: &'static str, en: &'static str, ar: &'static str) -> String {
    match lang {
        Lang::He => he,
        Lang::En => en,
        Lang::Ar => ar,
    }
    .to_string()
}

fn date(s: &str) -> Option<Date> {
    Date::parse(s)
}

fn id(s: &str) -> Id {
    Id::new(s)
}

fn link(s: &str) -> Option<Id> {
    Some(Id::new(s))
}

/// Seed 000: a focus school crowded with support bodies.
fn school_support(lang: Lang) -> Plan {
    let t = |he: &'static str, en: &'static str, ar: &'static str| tr(lang, he, en, ar);
    Plan {
        id: id("demo-school"),
        name: t(
            "שכונה צפופה: תיאום גורמי הליווי בבית הספר 'הגפן'",
            "A crowded neighbourhood: coordinating the support bodies at Hagefen School",
            "حيّ مزدحم: تنسيق جهات المرافقة في مدرسة الزيتون",
        ),
        kind: PlanKind::SchoolSupport,
        start_date: date("2026-09-01"),
        end_date: date("2029-06-30"),
        description: t(
            "בית הספר היסודי 'הגפן' הוא בית ספר במיקוד, ופועלים בו במקביל חמישה גורמי ליווי מטעם המשרד, הרשות, רשת בתי ספר, עמותה וקרן. המנהלת מוצאת את עצמה מתכללת את כולם, ולא תמיד ברור מה התרומה הייחודית של כל גורם. התכנית ממפה את הגורמים, מגדירה לכל אחד ערך מוסף ותחומי אחריות משותפת ומובהקת, וקובעת מועד קבוע למפגשי התיאום ולעדכון המנהלת. הליווי נמשך שלוש שנים, ולכן ההשקעה בסנכרון העבודה המשותפת משתלמת.",
            "Hagefen Elementary is a focus school where five support bodies work at the same time, sent by the ministry, the local authority, a school network, an NGO and a foundation. The principal ends up integrating all of them, and the unique contribution of each body is not always clear. This plan maps the bodies, states each one's added value and its shared and distinct areas of responsibility, and fixes a regular slot for coordination meetings and for updating the principal. The support runs for three years, so investing in coordination pays off.",
            "مدرسة الزيتون الابتدائية مدرسة في بؤرة الاهتمام، تعمل فيها في آنٍ واحد خمس جهات مرافقة من الوزارة والسلطة المحلية وشبكة مدارس وجمعية وصندوق. تجد المديرة نفسها تنسّق بين الجميع، ولا تتّضح دائمًا المساهمة الفريدة لكل جهة. تحدّد هذه الخطة الجهات العاملة، والقيمة المضافة لكل منها، ومجالات المسؤولية المشتركة والخاصة، وتثبّت موعدًا دائمًا للقاءات التنسيق ولإطلاع المديرة على المستجدات. تمتد المرافقة ثلاث سنوات، ولذلك فإن الاستثمار في تنسيق العمل المشترك يؤتي ثماره.",
        ),
        partners: vec![
            Partner {
                id: id("demo-school-p1"),
                name: t("בית הספר היסודי 'הגפן'", "Hagefen Elementary School", "مدرسة الزيتون الابتدائية"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t("נורית אלון, מנהלת בית הספר", "Nurit Alon, principal", "سناء خطيب، مديرة المدرسة"),
                added_value: t(
                    "מכירה את הצוות, התלמידים והקהילה; קובעת את סדרי העדיפויות של בית הספר ומחליטה איך התכניות משתלבות בשגרת הלימודים.",
                    "Knows the staff, the pupils and the community; sets the school's priorities and decides how programmes fit into the school timetable.",
                    "تعرف الطاقم والطلاب والمجتمع المحلي، وتحدّد أولويات المدرسة وتقرّر كيفية دمج البرامج في البرنامج الدراسي.",
                ),
                notes: t(
                    "היעד המשותף לשנה הראשונה: שיפור ההבנה בקריאה בכיתות ג'–ד'. המנהלת ביקשה לקבל עדכון מרוכז אחת לחודש, במקום שיחה נפרדת עם כל גורם.",
                    "Shared goal for the first year: better reading comprehension in grades 3–4. The principal asked for one combined update a month instead of a separate talk with each body.",
                    "الهدف المشترك للسنة الأولى: تحسين فهم المقروء في الصفّين الثالث والرابع. طلبت المديرة إطلاعًا موحّدًا مرة في الشهر بدل لقاء منفصل مع كل جهة.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-school-p2"),
                name: t(
                    "משרד החינוך – הדרכה מחוזית",
                    "Ministry of Education – district instruction",
                    "وزارة التربية والتعليم – الإرشاد اللوائي",
                ),
                origin: Origin::Ministry,
                sector: Sector::Public,
                relationship: Relationship::Operator,
                representative: t("דליה רונן, מדריכה מחוזית", "Dalia Ronen, district instructor", "رنا حداد، مرشدة لوائية"),
                added_value: t(
                    "מכירה את מדיניות המשרד ואת תכנית הלימודים, מחברת את בית הספר למפקחת ומביאה כלים לתכנון עבודה מבוסס נתונים.",
                    "Knows ministry policy and the curriculum, connects the school with its supervisor, and brings tools for data-based work planning.",
                    "تعرف سياسة الوزارة والمنهاج التعليمي، وتربط المدرسة بالمفتّشة، وتوفّر أدوات لتخطيط العمل المبني على البيانات.",
                ),
                notes: t(
                    "ימי הדרכה: ראשון ורביעי. הגיעה לבית הספר בתחילת שנת הלימודים. אחריות מובהקת: תכנית העבודה השנתית; אחריות משותפת עם יועץ הרשות: יעד הקריאה.",
                    "Instruction days: Sunday and Wednesday. Arrived at the start of the school year. Distinct responsibility: the annual work plan; shared with the authority's consultant: the reading goal.",
                    "أيام الإرشاد: الأحد والأربعاء. بدأت العمل في المدرسة مع بداية السنة الدراسية. مسؤولية خاصة: خطة العمل السنوية؛ ومسؤولية مشتركة مع مستشار السلطة المحلية: هدف القراءة.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-school-p3"),
                name: t(
                    "אגף החינוך ברשות המקומית",
                    "Local authority education department",
                    "قسم التربية والتعليم في السلطة المحلية",
                ),
                origin: Origin::LocalAuthority,
                sector: Sector::Public,
                relationship: Relationship::Strategic,
                representative: t("יוסי בן-עמי, יועץ פדגוגי", "Yossi Ben-Ami, pedagogical consultant", "وسيم عثمان، مستشار تربوي"),
                added_value: t(
                    "מכיר את נתוני הרשות ואת שאר בתי הספר ביישוב, מחבר לשירותי הרווחה ולמסגרות אחר הצהריים, ויכול לממן תשתיות.",
                    "Knows the authority's data and the other schools in town, links the school to welfare services and after-school settings, and can fund infrastructure.",
                    "يعرف معطيات السلطة المحلية وسائر مدارس البلدة، ويربط المدرسة بخدمات الرفاه وبالأطر التربوية بعد الظهر، ويستطيع تمويل البنى التحتية.",
                ),
                notes: t(
                    "מגיע בימי שלישי, ולכן אין לו יום חופף עם המדריכה המחוזית: נקבע מפגש תיאום קבוע ביום שלישי הראשון של כל חודש. מממן את שיפוץ מרחב הלמידה בספרייה.",
                    "Comes on Tuesdays, so he shares no day with the district instructor: a fixed coordination meeting is set for the first Tuesday of each month. Funds the refurbishment of the library learning space.",
                    "يحضر أيام الثلاثاء، فلا يلتقي بالمرشدة اللوائية في يوم مشترك؛ لذلك تقرّر لقاء تنسيق ثابت في أول ثلاثاء من كل شهر. يموّل ترميم حيّز التعلّم في المكتبة.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-school-p4"),
                name: t(
                    "עמותת 'צעד קדימה' – תכנית חונכות",
                    "Step Forward association – mentoring programme",
                    "جمعية خطوة إلى الأمام – برنامج الإرشاد الشخصي",
                ),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: t("מאיה שלו, רכזת התכנית", "Maya Shalev, programme coordinator", "ميساء ناصر، منسّقة البرنامج"),
                added_value: t(
                    "חונכים אישיים לתלמידים מתקשים ותגבור לימודי אחר הצהריים; יכולת מדידה עצמאית של התקדמות התלמידים.",
                    "Personal mentors for struggling pupils and afternoon tutoring; its own capacity to measure pupils' progress.",
                    "مرشدون شخصيون للطلاب الذين يواجهون صعوبات، ودروس تقوية بعد الظهر؛ وقدرة ذاتية على قياس تقدّم الطلاب.",
                ),
                notes: t(
                    "בתכנון התברר שהעמותה והמדריכה המחוזית משתמשות בשני כלי אבחון שונים לקריאה. הוחלט להשתמש בכלי אחד ולשתף את הנתונים, כדי למנוע חפיפה ועומס על המורים.",
                    "Planning showed that the NGO and the district instructor used two different reading assessments. They agreed to use one tool and share the data, to avoid overlap and extra load on teachers.",
                    "تبيّن أثناء التخطيط أن الجمعية والمرشدة اللوائية تستخدمان أداتين مختلفتين لتشخيص القراءة، فاتُّفق على أداة واحدة وعلى مشاركة البيانات منعًا للتداخل وتخفيفًا للعبء عن المعلمين.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-school-p5"),
                name: t(
                    "רשת 'מסלולים' – הדרכה בית-ספרית",
                    "Maslulim school network – school instruction",
                    "شبكة مسارات – الإرشاد المدرسي",
                ),
                origin: Origin::SchoolNetwork,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: t("אבי כרמי, מדריך רשת", "Avi Carmi, network instructor", "سامر عودة، مرشد الشبكة"),
                added_value: t(
                    "מוביל פיתוח מקצועי של רכזות ורכזי מקצוע כמנהיגות ביניים, עם כלים וחומרים שפותחו ברשת.",
                    "Leads professional development of subject coordinators as middle leaders, with tools and materials developed across the network.",
                    "يقود التطوير المهني لمنسّقي المواضيع بوصفهم قيادة وسطى، بأدوات ومواد طُوّرت في الشبكة.",
                ),
                notes: t(
                    "עובד עם צוות הרכזים בימי חמישי. חלקו בוועדה המלווה הבית-ספרית: הצגת התקדמות הרכזים פעם במחצית.",
                    "Works with the coordinators' team on Thursdays. His part in the school's accompanying committee: reporting the coordinators' progress once a term.",
                    "يعمل مع فريق المنسّقين أيام الخميس. دوره في اللجنة المرافقة للمدرسة: عرض تقدّم المنسّقين مرة في كل فصل.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-school-p6"),
                name: t("קרן 'אופק' לקידום חינוך", "Ofek Foundation for Education", "صندوق الأفق لتطوير التعليم"),
                origin: Origin::Foundation,
                sector: Sector::Third,
                relationship: Relationship::Funding,
                representative: t("רות לוין, מנהלת תחום", "Ruth Levin, programme officer", "ليلى منصور، مسؤولة برامج"),
                added_value: t(
                    "מממנת שעות פיתוח מקצועי למורים והערכה חיצונית של התכנית; אינה פועלת בבית הספר ישירות.",
                    "Funds professional development hours for teachers and an external evaluation of the plan; does not work in the school directly.",
                    "يموّل ساعات تطوير مهني للمعلمين وتقييمًا خارجيًا للخطة، ولا يعمل داخل المدرسة مباشرة.",
                ),
                notes: t(
                    "מצפה לדוח התקדמות בסוף כל שנה. מוזמנת למפגש הסיכום השנתי של גורמי הליווי.",
                    "Expects a progress report at the end of each year. Invited to the annual review meeting of the support bodies.",
                    "ينتظر تقرير تقدّم في نهاية كل سنة، وهو مدعوّ إلى لقاء التلخيص السنوي لجهات المرافقة.",
                ),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("demo-school-h1"),
                name: t("נורית אלון", "Nurit Alon", "سناء خطيب"),
                role: t("מנהלת בית הספר", "Principal", "مديرة المدرسة"),
                partner_id: link("demo-school-p1"),
                contact: t("nurit.alon@example.org", "nurit.alon@example.org", "sana.khatib@example.org"),
                notes: t(
                    "מקבלת עדכון מרוכז מכל גורמי הליווי אחת לחודש.",
                    "Receives a combined update from all support bodies once a month.",
                    "تتلقّى إطلاعًا موحّدًا من جميع جهات المرافقة مرة في الشهر.",
                ),
                ..Default::default()
            },
            Person {
                id: id("demo-school-h2"),
                name: t("תמר גולן", "Tamar Golan", "هبة درويش"),
                role: t(
                    "סגנית המנהלת, אחראית על תיאום גורמי הליווי",
                    "Deputy principal, in charge of coordinating the support bodies",
                    "نائبة المديرة، مسؤولة عن تنسيق جهات المرافقة",
                ),
                partner_id: link("demo-school-p1"),
                contact: t("tamar.golan@example.org", "tamar.golan@example.org", "hiba.darwish@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-school-h3"),
                name: t("דליה רונן", "Dalia Ronen", "رنا حداد"),
                role: t("מדריכה מחוזית", "District instructor", "مرشدة لوائية"),
                partner_id: link("demo-school-p2"),
                contact: t("dalia.ronen@example.org", "dalia.ronen@example.org", "rana.haddad@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-school-h4"),
                name: t("יוסי בן-עמי", "Yossi Ben-Ami", "وسيم عثمان"),
                role: t("יועץ פדגוגי של הרשות", "Pedagogical consultant of the local authority", "مستشار تربوي في السلطة المحلية"),
                partner_id: link("demo-school-p3"),
                ..Default::default()
            },
            Person {
                id: id("demo-school-h5"),
                name: t("מאיה שלו", "Maya Shalev", "ميساء ناصر"),
                role: t("רכזת תכנית החונכות", "Mentoring programme coordinator", "منسّقة برنامج الإرشاد الشخصي"),
                partner_id: link("demo-school-p4"),
                contact: t("maya.shalev@example.org", "maya.shalev@example.org", "maysaa.nasser@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-school-h6"),
                name: t("אבי כרמי", "Avi Carmi", "سامر عودة"),
                role: t("מדריך רשת", "Network instructor", "مرشد الشبكة"),
                partner_id: link("demo-school-p5"),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

/// Seed 001: a municipal STEM education ecosystem (Collective Impact), moving to implementation.
fn municipal_ecosystem(lang: Lang) -> Plan {
    let t = |he: &'static str, en: &'static str, ar: &'static str| tr(lang, he, en, ar);
    Plan {
        id: id("demo-ecosystem"),
        name: t(
            "אקוסיסטם חינוך STEM בקריית הדרים",
            "Kiryat Hadarim STEM education ecosystem",
            "منظومة تعليم STEM في عين الورد",
        ),
        kind: PlanKind::MunicipalEcosystem,
        start_date: date("2026-09-01"),
        end_date: date("2029-08-31"),
        description: t(
            "אחרי שנת תכנון, האקוסיסטם העירוני לחינוך STEM עובר ליישום בגישת Collective Impact. הרשות המקומית מובילה ועדת היגוי שבה שותפים מהמגזר הציבורי, העסקי והשלישי, ולכל יעד פועלת קבוצת עבודה עם שני יושבי ראש. היעדים: פיתוח צוותי הוראה ב-STEM, חשיפה ל-STEM מגיל צעיר וייצוג מגדרי הולם במקצועות STEM. מנהלת האקוסיסטם מתכללת את תכניות הליבה ואת מנגנון המדידה וההערכה, ואינה מפעילה את התכניות בעצמה.",
            "After a planning year, the town's STEM education ecosystem moves into implementation using a Collective Impact approach. The local authority leads a steering committee with partners from the public, business and third sectors, and each goal has a working group with two chairs. The goals are developing STEM teaching staff, early exposure to STEM, and fair gender representation in STEM subjects. The ecosystem manager integrates the core programmes and the measurement and evaluation system, without running the programmes herself.",
            "بعد سنة من التخطيط، تنتقل منظومة تعليم STEM في البلدة إلى مرحلة التنفيذ وفق نهج الأثر الجماعي (Collective Impact). تقود السلطة المحلية لجنة توجيه تضمّ شركاء من القطاع العام وقطاع الأعمال والقطاع الثالث، ولكل هدف مجموعة عمل يرأسها رئيسان. الأهداف هي: تطوير طواقم التدريس في مجالات STEM، والتعرّف على STEM منذ سنّ مبكرة، وتمثيل جندري ملائم في مواضيع STEM. تنسّق مديرة المنظومة بين البرامج الأساسية ومنظومة القياس والتقييم، دون أن تدير البرامج بنفسها.",
        ),
        partners: vec![
            Partner {
                id: id("demo-ecosystem-p1"),
                name: t(
                    "עיריית קריית הדרים – אגף החינוך",
                    "Kiryat Hadarim municipality – education department",
                    "مجلس عين الورد المحلي – قسم التربية والتعليم",
                ),
                origin: Origin::LocalAuthority,
                sector: Sector::Public,
                relationship: Relationship::Strategic,
                representative: t(
                    "אורית שגיא, מנהלת אגף החינוך",
                    "Orit Sagi, head of the education department",
                    "منى أبو ريا، مديرة قسم التربية والتعليم",
                ),
                added_value: t(
                    "מוביל את המהלך ומעסיק את מנהלת האקוסיסטם; מחבר את בתי הספר, הגנים והמסגרות הבלתי פורמליות ומתאם את התקציב העירוני.",
                    "Leads the process and employs the ecosystem manager; connects schools, kindergartens and informal settings and coordinates the municipal budget.",
                    "يقود المسار ويشغّل مديرة المنظومة، ويربط بين المدارس والروضات والأطر غير الرسمية، وينسّق الميزانية المحلية.",
                ),
                notes: t(
                    "הרשות ממנה את אחד משני יושבי הראש בכל קבוצת עבודה. פגישות העדכון הרבעוניות עם השותפים האסטרטגיים נמשכות גם בשנות היישום.",
                    "The authority names one of the two chairs of every working group. Quarterly update meetings with the strategic partners continue into the implementation years.",
                    "تعيّن السلطة المحلية أحد الرئيسَين في كل مجموعة عمل. وتستمر لقاءات الإطلاع الفصلية مع الشركاء الاستراتيجيين في سنوات التنفيذ أيضًا.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p2"),
                name: t("קרן 'מדע לכל ילד'", "Science for Every Child Foundation", "صندوق العلوم لكل طفل"),
                origin: Origin::Foundation,
                sector: Sector::Third,
                relationship: Relationship::Funding,
                representative: t("גיל אברהמי, מנהל תכניות", "Gil Avrahami, programme director", "نبيل سليمان، مدير برامج"),
                added_value: t(
                    "מממנת את תכנית הדגל של קהילת מורי המתמטיקה ותומכת במנגנוני התשתית של האקוסיסטם בשנות היישום הראשונות.",
                    "Funds the flagship mathematics teachers' community programme and supports the ecosystem's infrastructure during the first implementation years.",
                    "يموّل البرنامج الرائد لمجتمع معلمي الرياضيات، ويدعم البنى التحتية للمنظومة في سنوات التنفيذ الأولى.",
                ),
                notes: t(
                    "מפגשי שותפים מממנים פעמיים בשנה, כל עוד התשתית לא הועברה במלואה לרשות.",
                    "Funding-partner meetings twice a year, as long as the infrastructure has not been fully handed over to the authority.",
                    "لقاءات الشركاء المموّلين مرتين في السنة، ما دامت البنية التحتية لم تُنقل بالكامل إلى السلطة المحلية.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p3"),
                name: t(
                    "משרד החינוך – הפיקוח על הוראת המדעים במחוז",
                    "Ministry of Education – district science supervision",
                    "وزارة التربية والتعليم – التفتيش على تدريس العلوم في اللواء",
                ),
                origin: Origin::Ministry,
                sector: Sector::Public,
                relationship: Relationship::Strategic,
                representative: t(
                    "אסנת פרידמן, מפקחת על הוראת המדעים",
                    "Osnat Friedman, science supervisor",
                    "سهى جبارين، مفتّشة تدريس العلوم",
                ),
                added_value: t(
                    "מפעיל את התכנית הלאומית לתגבור מתמטיקה ומדעים: תוספת שעות, פתיחת מגמות והשתלמויות מורים ברמה האזורית.",
                    "Runs the national programme for mathematics and science: extra teaching hours, new specialisation tracks and regional teacher training.",
                    "تدير البرنامج القطري لتعزيز الرياضيات والعلوم: ساعات تعليم إضافية، وفتح مسارات تخصّص، واستكمالات للمعلمين على مستوى المنطقة.",
                ),
                notes: t(
                    "שותף אסטרטגי וגם גורם מממן; נציגת המשרד חברה בוועדת ההיגוי.",
                    "A strategic partner and also a funder; the ministry's representative sits on the steering committee.",
                    "شريكة استراتيجية وجهة مموّلة في الوقت نفسه، وممثّلة الوزارة عضو في لجنة التوجيه.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p4"),
                name: t(
                    "המכללה האקדמית 'עמק הדרים'",
                    "Emek Hadarim Academic College",
                    "كلية السهل الأكاديمية",
                ),
                origin: Origin::Academia,
                sector: Sector::Public,
                relationship: Relationship::Operator,
                representative: t(
                    "פרופ' דן שחם, ראש המרכז להוראת המדעים",
                    "Prof. Dan Shaham, head of the science teaching centre",
                    "د. خالد حجازي، رئيس مركز تدريس العلوم",
                ),
                added_value: t(
                    "מומחיות תוכן בהוראת STEM; מפעילה סדנאות למורי מתמטיקה וקהילת למידת עמיתים עם מנטורינג.",
                    "Content expertise in STEM teaching; runs workshops for mathematics teachers and a peer-learning community with mentoring.",
                    "خبرة مضمونية في تدريس STEM؛ تدير ورشات لمعلمي الرياضيات ومجتمع تعلّم بين الأقران مع إرشاد شخصي.",
                ),
                notes: t(
                    "ראש המרכז הוא יושב הראש המקצועי של קבוצת העבודה לפיתוח צוותי הוראה.",
                    "The centre's head is the content-expert chair of the teaching staff working group.",
                    "رئيس المركز هو الرئيس المهني لمجموعة العمل الخاصة بتطوير طواقم التدريس.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p5"),
                name: t(
                    "חברת ההייטק 'נתיבי קוד'",
                    "CodePaths Ltd. (technology company)",
                    "شركة مسارات البرمجة للتقنيات العالية",
                ),
                origin: Origin::Business,
                sector: Sector::Business,
                relationship: Relationship::Network,
                representative: t(
                    "שירן לוי, מנהלת מעורבות קהילתית",
                    "Shiran Levy, community engagement manager",
                    "ريم خوري، مديرة المشاركة المجتمعية",
                ),
                added_value: t(
                    "מהנדסות ומהנדסים מתנדבים, ביקורי תלמידים בחברה ומודלים לחיקוי לבנות במקצועות הטכנולוגיה.",
                    "Volunteer engineers, student visits to the company, and role models for girls in technology subjects.",
                    "مهندسات ومهندسون متطوّعون، وزيارات طلابية إلى الشركة، ونماذج يُحتذى بها للطالبات في المواضيع التكنولوجية.",
                ),
                notes: t(
                    "שותף ברשת: אינו חבר בוועדת ההיגוי; מוזמן לקבוצת העבודה לייצוג מגדרי ולאירועי השיא של האקוסיסטם.",
                    "Network partner: not on the steering committee; invited to the gender representation working group and to the ecosystem's peak events.",
                    "شريك في الشبكة: ليس عضوًا في لجنة التوجيه، ومدعوّ إلى مجموعة العمل للتمثيل الجندري وإلى الفعاليات المركزية للمنظومة.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p6"),
                name: t(
                    "עמותת 'סקרנים' – מדע בגיל הרך",
                    "Curious Minds association – early-years science",
                    "جمعية فضول – العلوم في الطفولة المبكرة",
                ),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: t("ליאור נחום, רכזת אזורית", "Lior Nahum, regional coordinator", "سماح عمر، منسّقة منطقة"),
                added_value: t(
                    "מפעילה חוגי חקר בגנים ובכיתות א'–ב' ומכשירה גננות לפעילות מדעית.",
                    "Runs inquiry clubs in kindergartens and grades 1–2 and trains kindergarten teachers in science activities.",
                    "تدير حلقات استقصاء في الروضات وفي الصفّين الأول والثاني، وتؤهّل معلّمات الروضات للنشاط العلمي.",
                ),
                notes: t(
                    "הגורם המבצע של רכיב הפעולה 'חשיפה ל-STEM מגיל צעיר'.",
                    "Executing body of the action component 'early exposure to STEM'.",
                    "الجهة المنفّذة لمركّب العمل «التعرّف على STEM منذ سنّ مبكرة».",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-ecosystem-p7"),
                name: t("בתי הספר העל-יסודיים בעיר", "The town's secondary schools", "المدارس الثانوية في البلدة"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t(
                    "פורום המנהלים, באמצעות יעל ברק, מנהלת תיכון 'הדרים'",
                    "The principals' forum, through Yael Barak, principal of Hadarim High School",
                    "منتدى المديرين، بواسطة أمل دياب، مديرة ثانوية السهل",
                ),
                added_value: t(
                    "הזירה שבה היעדים מתממשים: שיעור התלמידים הניגשים לבגרות מוגברת במתמטיקה, בפיזיקה ובמדעי המחשב.",
                    "Where the goals come true: the share of students taking advanced matriculation in mathematics, physics and computer science.",
                    "الميدان الذي تتحقّق فيه الأهداف: نسبة الطلاب الذين يتقدّمون لامتحانات البجروت بمستوى موسّع في الرياضيات والفيزياء وعلوم الحاسوب.",
                ),
                notes: t(
                    "שלושה בתי ספר; נציגה אחת מטעמם חברה בוועדת ההיגוי.",
                    "Three schools; one representative of theirs sits on the steering committee.",
                    "ثلاث مدارس، يمثّلها في لجنة التوجيه مندوب واحد.",
                ),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("demo-ecosystem-h1"),
                name: t("מיכל אדרי", "Michal Edri", "نسرين مصاروة"),
                role: t("מנהלת האקוסיסטם העירוני", "Municipal ecosystem manager", "مديرة المنظومة البلدية"),
                partner_id: link("demo-ecosystem-p1"),
                contact: t("michal.edri@example.org", "michal.edri@example.org", "nisreen.masarwa@example.org"),
                notes: t(
                    "מתכללת את מפעילי תכניות הליבה, מלווה את יושבי הראש של קבוצות העבודה ומובילה את מפגשי ועדת ההיגוי.",
                    "Integrates the operators of the core programmes, supports the working-group chairs and leads the steering committee meetings.",
                    "تنسّق بين مشغّلي البرامج الأساسية، وترافق رؤساء مجموعات العمل، وتقود اجتماعات لجنة التوجيه.",
                ),
                ..Default::default()
            },
            Person {
                id: id("demo-ecosystem-h2"),
                name: t("אלי דהן", "Eli Dahan", "فادي قاسم"),
                role: t(
                    "סגן ראש העיר, יושב ראש ועדת ההיגוי",
                    "Deputy mayor, chair of the steering committee",
                    "نائب رئيس المجلس، رئيس لجنة التوجيه",
                ),
                partner_id: link("demo-ecosystem-p1"),
                ..Default::default()
            },
            Person {
                id: id("demo-ecosystem-h3"),
                name: t("אורית שגיא", "Orit Sagi", "منى أبو ريا"),
                role: t(
                    "יושבת ראש משותפת, קבוצת העבודה לפיתוח צוותי הוראה (נציגת הרשות)",
                    "Co-chair, teaching staff working group (authority representative)",
                    "رئيسة مشاركة، مجموعة العمل لتطوير طواقم التدريس (ممثّلة السلطة المحلية)",
                ),
                partner_id: link("demo-ecosystem-p1"),
                contact: t("orit.sagi@example.org", "orit.sagi@example.org", "muna.aburaya@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-ecosystem-h4"),
                name: t("דן שחם", "Dan Shaham", "خالد حجازي"),
                role: t(
                    "יושב ראש משותף, קבוצת העבודה לפיתוח צוותי הוראה (מומחה תוכן)",
                    "Co-chair, teaching staff working group (content expert)",
                    "رئيس مشارك، مجموعة العمل لتطوير طواقم التدريس (خبير مضامين)",
                ),
                partner_id: link("demo-ecosystem-p4"),
                notes: t(
                    "חבר גם בוועדת ההיגוי.",
                    "Also a member of the steering committee.",
                    "عضو في لجنة التوجيه أيضًا.",
                ),
                ..Default::default()
            },
            Person {
                id: id("demo-ecosystem-h5"),
                name: t("שירן לוי", "Shiran Levy", "ريم خوري"),
                role: t(
                    "יושבת ראש משותפת, קבוצת העבודה לייצוג מגדרי",
                    "Co-chair, gender representation working group",
                    "رئيسة مشاركة، مجموعة العمل للتمثيل الجندري",
                ),
                partner_id: link("demo-ecosystem-p5"),
                ..Default::default()
            },
            Person {
                id: id("demo-ecosystem-h6"),
                name: t("גיל אברהמי", "Gil Avrahami", "نبيل سليمان"),
                role: t(
                    "חבר ועדת ההיגוי ונציג השותפים המממנים",
                    "Steering committee member, representing the funding partners",
                    "عضو لجنة التوجيه وممثّل الشركاء المموّلين",
                ),
                partner_id: link("demo-ecosystem-p2"),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

/// Seed 002: two schools from different communities in a shared-education partnership.
fn school_partnership(lang: Lang) -> Plan {
    let t = |he: &'static str, en: &'static str, ar: &'static str| tr(lang, he, en, ar);
    Plan {
        id: id("demo-schools"),
        name: t(
            "למידה משותפת: חטיבות הביניים 'אלונים' ו'אל-נור'",
            "Shared learning: Alonim and Al-Nour middle schools",
            "التعلّم المشترك: إعداديّتا النور وألونيم",
        ),
        kind: PlanKind::SchoolPartnership,
        start_date: date("2026-09-01"),
        end_date: date("2029-06-30"),
        description: t(
            "שתי חטיבות ביניים מיישובים שכנים, יהודי וערבי, שתלמידיהן כמעט אינם נפגשים, לומדות יחד פעם בשבוע במשך שלוש שנים במסגרת תכנית הלימודים הרגילה, בהשראת מודל החינוך המשותף בצפון אירלנד. המורים משני בתי הספר מתכננים ומלמדים יחד שיעורי מדעים וכישורי חיים, וכל בית ספר שומר על זהותו הייחודית. המטרה היא לעבור משותפות בתדירות נמוכה סביב אירועים בודדים לשיתוף פעולה שוטף וסדיר, ובהמשך לתרבות של קולגיאליות.",
            "Two middle schools from neighbouring Jewish and Arab towns, whose pupils hardly ever meet, learn together once a week for three years within the regular curriculum, inspired by the shared education model of Northern Ireland. Teachers from both schools plan and teach science and life-skills lessons together, and each school keeps its own identity. The aim is to move from a low-frequency partnership built around single events to ongoing, regular collaboration and, later, a culture of collegiality.",
            "إعداديّتان من بلدتين متجاورتين، عربية ويهودية، نادرًا ما يلتقي طلابهما، تتعلّمان معًا مرة في الأسبوع على مدى ثلاث سنوات ضمن المنهاج الدراسي العادي، استلهامًا من نموذج التعليم المشترك في إيرلندا الشمالية. يخطّط معلّمو المدرستين معًا دروس العلوم والمهارات الحياتية ويعلّمونها معًا، وتحافظ كل مدرسة على هويتها الخاصة. الهدف هو الانتقال من شراكة متقطّعة تقوم على فعاليات منفردة إلى تعاون منتظم ومستمر، ثم إلى ثقافة من الزمالة المهنية.",
        ),
        partners: vec![
            Partner {
                id: id("demo-schools-p1"),
                name: t("חטיבת הביניים 'אלונים'", "Alonim Middle School", "إعدادية ألونيم"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t("מיכל שחר, מנהלת", "Michal Shahar, principal", "ميخال شاحَر، مديرة"),
                added_value: t(
                    "ניסיון בהוראת מדעים בלמידה מבוססת פרויקטים, ומעבדה מאובזרת ששני בתי הספר משתמשים בה.",
                    "Experience in project-based science teaching and a well-equipped lab that both schools use.",
                    "خبرة في تدريس العلوم بالتعلّم القائم على المشاريع، ومختبر مجهّز تستخدمه المدرستان.",
                ),
                notes: t(
                    "המפגשים מתקיימים לסירוגין בשני בתי הספר; שיעורים בנושאי זהות ואזרחות נלמדים בנפרד ואחר כך נדונים יחד.",
                    "Meetings alternate between the two schools; lessons on identity and civics are taught separately and then discussed together.",
                    "تُعقد اللقاءات بالتناوب في المدرستين؛ أمّا دروس الهوية والمدنيات فتُدرَّس بشكل منفصل ثم تُناقَش معًا.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-schools-p2"),
                name: t("חטיבת הביניים 'אל-נור'", "Al-Nour Middle School", "إعدادية النور"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t("עביר סלאמה, מנהלת", "Abir Salameh, principal", "عبير سلامة، مديرة"),
                added_value: t(
                    "צוות חזק בהוראת שפות ובחינוך חברתי, וניסיון בהובלת פרויקטים קהילתיים עם ההורים.",
                    "A strong team in language teaching and social education, and experience leading community projects with parents.",
                    "طاقم قويّ في تدريس اللغات والتربية الاجتماعية، وخبرة في قيادة مشاريع مجتمعية بمشاركة الأهالي.",
                ),
                notes: t(
                    "חשוב לצוות שהלמידה המשותפת תתקיים גם בעברית וגם בערבית.",
                    "The staff find it important that shared learning takes place in both Hebrew and Arabic.",
                    "يرى الطاقم أهمية أن يجري التعلّم المشترك باللغتين العربية والعبرية.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-schools-p3"),
                name: t(
                    "המועצה האזורית – מחלקת החינוך",
                    "Regional council – education department",
                    "المجلس الإقليمي – قسم التربية والتعليم",
                ),
                origin: Origin::LocalAuthority,
                sector: Sector::Public,
                relationship: Relationship::Strategic,
                representative: t(
                    "רונית אביטל, מנהלת מחלקת החינוך",
                    "Ronit Avital, head of education",
                    "جميلة حسين، مديرة قسم التربية والتعليم",
                ),
                added_value: t(
                    "מממנת הסעות ושעות תכנון משותף למורים, ומגבה את השותפות מול ההורים והקהילה.",
                    "Funds transport and joint planning hours for teachers, and backs the partnership with parents and the community.",
                    "يموّل المواصلات وساعات التخطيط المشترك للمعلمين، ويدعم الشراكة أمام الأهالي والمجتمع المحلي.",
                ),
                notes: t(
                    "ההסעות הן החסם הטכני המרכזי; התקציב אושר לשלוש שנים.",
                    "Transport is the main technical barrier; the budget is approved for three years.",
                    "المواصلات هي العائق التقني الأساسي، وقد صودق على الميزانية لثلاث سنوات.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-schools-p4"),
                name: t(
                    "עמותת 'גשר בין כיתות'",
                    "Bridge Between Classrooms association",
                    "جمعية جسر بين الصفوف",
                ),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: t(
                    "חנין עודה ורז פלד, מנחים",
                    "Hanin Odeh and Raz Peled, facilitators",
                    "حنين عودة وراز بيلد، ميسّران",
                ),
                added_value: t(
                    "הכשרת המורים להוראה בקבוצות מעורבות ולהנחיית שיח על זהויות, וליווי צמוד בשנה הראשונה.",
                    "Trains teachers to teach mixed groups and to facilitate conversations about identity, with close support in the first year.",
                    "تأهيل المعلمين للتدريس في مجموعات مختلطة ولإدارة الحوار حول الهويات، مع مرافقة حثيثة في السنة الأولى.",
                ),
                notes: t(
                    "זוג מנחים, ערבייה ויהודי, בכל מפגש מורים.",
                    "A pair of facilitators, one Arab and one Jewish, at every teachers' meeting.",
                    "ثنائي من الميسّرين، عربية ويهودي، في كل لقاء للمعلمين.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-schools-p5"),
                name: t(
                    "צוות מחקר מהאוניברסיטה – הערכה מלווה",
                    "University research team – formative evaluation",
                    "فريق بحث جامعي – تقييم مرافق",
                ),
                origin: Origin::Academia,
                sector: Sector::Public,
                relationship: Relationship::Network,
                representative: t("נועם ברגר, חוקר ראשי", "Noam Berger, lead researcher", "سليم حاج، باحث رئيسي"),
                added_value: t(
                    "מעריך את השפעת השותפות על התלמידים, המורים ובתי הספר, ומחזיר ממצאים לצוותים במהלך הדרך.",
                    "Evaluates the partnership's effect on pupils, teachers and schools and feeds findings back to the teams along the way.",
                    "يقيّم تأثير الشراكة على الطلاب والمعلمين والمدرستين، ويعيد النتائج إلى الطواقم خلال المسار.",
                ),
                notes: t(
                    "סקר עמדות תלמידים בתחילת כל שנה ובסופה.",
                    "A pupil attitudes survey at the start and end of each year.",
                    "استطلاع لمواقف الطلاب في بداية كل سنة ونهايتها.",
                ),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("demo-schools-h1"),
                name: t("מיכל שחר", "Michal Shahar", "ميخال شاحَر"),
                role: t("מנהלת 'אלונים'", "Principal of Alonim", "مديرة إعدادية ألونيم"),
                partner_id: link("demo-schools-p1"),
                contact: t("michal.shahar@example.org", "michal.shahar@example.org", "michal.shahar@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-schools-h2"),
                name: t("עביר סלאמה", "Abir Salameh", "عبير سلامة"),
                role: t("מנהלת 'אל-נור'", "Principal of Al-Nour", "مديرة إعدادية النور"),
                partner_id: link("demo-schools-p2"),
                contact: t("abir.salameh@example.org", "abir.salameh@example.org", "abir.salameh@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-schools-h3"),
                name: t("יונתן מור", "Yonatan Mor", "يوناتان مور"),
                role: t("רכז השותפות, מורה למדעים", "Partnership coordinator, science teacher", "منسّق الشراكة، معلّم علوم"),
                partner_id: link("demo-schools-p1"),
                ..Default::default()
            },
            Person {
                id: id("demo-schools-h4"),
                name: t("רשא ח'ליל", "Rasha Khalil", "رشا خليل"),
                role: t(
                    "רכזת השותפות, מורה לכישורי חיים",
                    "Partnership coordinator, life-skills teacher",
                    "منسّقة الشراكة، معلّمة المهارات الحياتية",
                ),
                partner_id: link("demo-schools-p2"),
                ..Default::default()
            },
            Person {
                id: id("demo-schools-h5"),
                name: t("חנין עודה", "Hanin Odeh", "حنين عودة"),
                role: t("מנחת מפגשי המורים", "Facilitator of the teachers' meetings", "ميسّرة لقاءات المعلمين"),
                partner_id: link("demo-schools-p4"),
                contact: t("hanin.odeh@example.org", "hanin.odeh@example.org", "hanin.odeh@example.org"),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

/// Seed 004: a funder's network cluster of teacher-preparation programmes.
fn network_cluster(lang: Lang) -> Plan {
    let t = |he: &'static str, en: &'static str, ar: &'static str| tr(lang, he, en, ar);
    Plan {
        id: id("demo-network"),
        name: t(
            "אשכול רשת: הכשרה להוראה מעוגנת בית ספר",
            "Network cluster: school-embedded teacher preparation",
            "عنقود شبكي: إعداد المعلمين المتجذّر في المدرسة",
        ),
        kind: PlanKind::NetworkCluster,
        start_date: date("2026-10-01"),
        end_date: date("2028-07-31"),
        description: t(
            "קרן 'מעיין' מכנסת אשכול רשת של תכניות המכשירות סטודנטים להוראה בתוך בתי הספר, בשנת התמחות קלינית לצד מורה חונך. היעד המשותף הוא שיפור איכות ההוראה; האמצעים הם חשיפה, היכרות ולמידה הדדית, ואיגום משאבים כדי להשפיע יחד על המדיניות ועל תנאי הסטודנטים. האשכול נפגש ארבע פעמים בשנה ומקדם משימה משותפת בהיגוי משותף: כנס בין-לאומי על הכשרה מעוגנת שדה. לאורך הדרך הקרן מתכננת להעביר בהדרגה את הבעלות על האשכול לשותפים.",
            "The Ma'ayan Foundation convenes a network cluster of programmes that prepare student teachers inside schools, in a clinical residency year alongside a mentor teacher. The shared goal is better teaching; the means are exposure, acquaintance and mutual learning, and pooling resources to influence policy and students' conditions together. The cluster meets four times a year and runs one joint task under shared steering: an international conference on field-embedded teacher preparation. Along the way the foundation plans to hand ownership of the cluster gradually to its members.",
            "يجمع صندوق المعين عنقودًا شبكيًا من البرامج التي تُعِدّ طلاب التدريس داخل المدارس، في سنة تخصّص سريري إلى جانب معلّم مرشد. الهدف المشترك هو تحسين جودة التدريس، والوسائل هي الانكشاف والتعارف والتعلّم المتبادل، وتجميع الموارد للتأثير معًا في السياسات وفي ظروف الطلاب. يلتقي العنقود أربع مرات في السنة، ويعمل على مهمة مشتركة بتوجيه مشترك: مؤتمر دولي حول الإعداد المتجذّر في الميدان. ويخطّط الصندوق لنقل ملكية العنقود تدريجيًا إلى أعضائه.",
        ),
        partners: vec![
            Partner {
                id: id("demo-network-p1"),
                name: t("קרן 'מעיין' לקידום הוראה", "Ma'ayan Foundation for Teaching", "صندوق المعين لتطوير التدريس"),
                origin: Origin::Foundation,
                sector: Sector::Third,
                relationship: Relationship::Funding,
                representative: t(
                    "עדי רז, מנהלת תחום הכשרת מורים",
                    "Adi Raz, head of teacher preparation",
                    "دانة سعيد، مديرة مجال إعداد المعلمين",
                ),
                added_value: t(
                    "מכנסת ומזרזת, שותפה לחשיבה, מוקד השפעה ומתווכת מול משרד החינוך; מממנת את התכניות ואת תשתית המפגשים.",
                    "Convener and catalyst, thinking partner, hub of influence and mediator with the Ministry of Education; funds the programmes and the meeting infrastructure.",
                    "يجمع الشركاء ويحفّزهم، وهو شريك في التفكير ومركز تأثير ووسيط أمام وزارة التربية والتعليم؛ ويموّل البرامج والبنية التحتية للقاءات.",
                ),
                notes: t(
                    "כיום הקרן קובעת את המועדים והתכנים; בשנה השנייה היא עוברת לתפקיד של ועדת היגוי, והשותפים מובילים את המפגשים ברוטציה.",
                    "Today the foundation sets the dates and the content; in the second year it moves to a steering-committee role and members lead meetings in rotation.",
                    "حاليًا يحدّد الصندوق المواعيد والمضامين؛ وفي السنة الثانية ينتقل إلى دور لجنة توجيه، ويتناوب الأعضاء على قيادة اللقاءات.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-network-p2"),
                name: t(
                    "מכללת 'גבעות' – תכנית ההתמחות הקלינית",
                    "Gvaot College – clinical residency programme",
                    "كلية الروابي – برنامج التخصّص السريري",
                ),
                origin: Origin::Academia,
                sector: Sector::Public,
                relationship: Relationship::Network,
                representative: t("חנה שמיר, ראש התכנית", "Hana Shamir, programme head", "هالة شحادة، رئيسة البرنامج"),
                added_value: t(
                    "ותק של שש שנים בהפעלת התכנית ושותפות עם עשרים בתי ספר מכשירים.",
                    "Six years of running the programme and partnerships with twenty training schools.",
                    "أقدمية ست سنوات في تشغيل البرنامج، وشراكة مع عشرين مدرسة تأهيل.",
                ),
                notes: t(
                    "גרעין מייסד. מובילה את הפקת הכנס הבין-לאומי.",
                    "Founding core. Leads the production of the international conference.",
                    "من النواة المؤسِّسة، وتقود تنظيم المؤتمر الدولي.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-network-p3"),
                name: t(
                    "מכללת 'הדר' לחינוך – מסלול רזידנסי",
                    "Hadar College of Education – residency track",
                    "كلية البيادر للتربية – مسار الإقامة المهنية",
                ),
                origin: Origin::Academia,
                sector: Sector::Public,
                relationship: Relationship::Network,
                representative: t("משה אלמוג, רכז המסלול", "Moshe Almog, track coordinator", "عماد زيدان، منسّق المسار"),
                added_value: t(
                    "מומחיות בליווי סטודנטים ובשימור מורים מתחילים במקצוע.",
                    "Expertise in supporting student teachers and in keeping new teachers in the profession.",
                    "خبرة في مرافقة الطلاب المتدرّبين وفي الحفاظ على المعلمين الجدد في المهنة.",
                ),
                notes: t(
                    "גרעין מייסד. מציעה להקדיש את אחד המפגשים לליווי סטודנטים ולשרידות.",
                    "Founding core. Suggests devoting one meeting to supporting students and retention.",
                    "من النواة المؤسِّسة، وتقترح تخصيص أحد اللقاءات لمرافقة الطلاب والحفاظ عليهم.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-network-p4"),
                name: t("האוניברסיטה – בית הספר לחינוך", "University school of education", "الجامعة – كلية التربية"),
                origin: Origin::Academia,
                sector: Sector::Public,
                relationship: Relationship::Network,
                representative: t(
                    "ענבל טל, חוקרת וראש תכנית",
                    "Inbal Tal, researcher and programme head",
                    "رندة بشارة، باحثة ورئيسة برنامج",
                ),
                added_value: t(
                    "ידע מחקרי וגישה לנתונים; מציעה מחקר השוואתי בין התכניות באשכול.",
                    "Research knowledge and access to data; proposes a comparative study of the cluster's programmes.",
                    "معرفة بحثية ووصول إلى البيانات؛ وتقترح بحثًا مقارنًا بين برامج العنقود.",
                ),
                notes: t(
                    "הצטרפה בשנה השנייה; תכנית צעירה, ולכן עדיין בשלב ההיכרות.",
                    "Joined in the second year; a young programme, still at the acquaintance stage.",
                    "انضمّت في السنة الثانية؛ برنامج حديث ما زال في مرحلة التعارف.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-network-p5"),
                name: t(
                    "עמותת 'מסלול שני' – הסבת אקדמאים להוראה",
                    "Second Path association – career changers into teaching",
                    "جمعية المسار الثاني – تحويل الأكاديميين إلى التدريس",
                ),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Network,
                representative: t("רועי גל, מנהל העמותה", "Roy Gal, director", "مراد يونس، مدير الجمعية"),
                added_value: t(
                    "ניסיון בגיוס והכשרה של אקדמאים מתחומי ההייטק והמדעים להוראה.",
                    "Experience recruiting and training graduates from high-tech and science for teaching.",
                    "خبرة في استقطاب أكاديميين من مجالات الهايتك والعلوم وتأهيلهم للتدريس.",
                ),
                notes: t(
                    "הצטרפה בשנה השנייה. מביאה קשרים עם מעסיקים ועם רשויות מקומיות.",
                    "Joined in the second year. Brings ties with employers and local authorities.",
                    "انضمّت في السنة الثانية، وتجلب علاقات مع مشغّلين ومع سلطات محلية.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-network-p6"),
                name: t(
                    "משרד החינוך – אגף הכשרת עובדי הוראה",
                    "Ministry of Education – teacher training division",
                    "وزارة التربية والتعليم – قسم تأهيل العاملين في التدريس",
                ),
                origin: Origin::Ministry,
                sector: Sector::Public,
                relationship: Relationship::Strategic,
                representative: t(
                    "שרית בן-דוד, מרכזת תחום",
                    "Sarit Ben-David, field coordinator",
                    "عبلة مرعي، مركّزة مجال",
                ),
                added_value: t(
                    "קובע את המדיניות ואת תנאי ההכשרה; ההשפעה עליו היא אחת ממטרות האשכול.",
                    "Sets policy and training conditions; influencing it is one of the cluster's aims.",
                    "يحدّد السياسات وشروط التأهيل، والتأثير فيه أحد أهداف العنقود.",
                ),
                notes: t(
                    "אינו חבר באשכול; מוזמן למפגש השיא השנתי ולכנס.",
                    "Not a member of the cluster; invited to the annual peak meeting and to the conference.",
                    "ليس عضوًا في العنقود، وهو مدعوّ إلى اللقاء السنوي المركزي وإلى المؤتمر.",
                ),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("demo-network-h1"),
                name: t("עדי רז", "Adi Raz", "دانة سعيد"),
                role: t("מכנסת האשכול מטעם הקרן", "Convener, on behalf of the foundation", "منسّقة العنقود باسم الصندوق"),
                partner_id: link("demo-network-p1"),
                contact: t("adi.raz@example.org", "adi.raz@example.org", "dana.saeed@example.org"),
                ..Default::default()
            },
            Person {
                id: id("demo-network-h2"),
                name: t("חנה שמיר", "Hana Shamir", "هالة شحادة"),
                role: t(
                    "חברה מהגרעין המייסד; מובילת צוות ההיגוי של הכנס",
                    "Member from the founding core; leads the conference steering team",
                    "عضو من النواة المؤسِّسة؛ تقود فريق توجيه المؤتمر",
                ),
                partner_id: link("demo-network-p2"),
                ..Default::default()
            },
            Person {
                id: id("demo-network-h3"),
                name: t("משה אלמוג", "Moshe Almog", "عماد زيدان"),
                role: t("חבר מהגרעין המייסד", "Member from the founding core", "عضو من النواة المؤسِّسة"),
                partner_id: link("demo-network-p3"),
                ..Default::default()
            },
            Person {
                id: id("demo-network-h4"),
                name: t("ענבל טל", "Inbal Tal", "رندة بشارة"),
                role: t("חברה, הצטרפה בשנה השנייה", "Member, joined in the second year", "عضو، انضمّت في السنة الثانية"),
                partner_id: link("demo-network-p4"),
                ..Default::default()
            },
            Person {
                id: id("demo-network-h5"),
                name: t("רועי גל", "Roy Gal", "مراد يونس"),
                role: t("חבר, הצטרף בשנה השנייה", "Member, joined in the second year", "عضو، انضمّ في السنة الثانية"),
                partner_id: link("demo-network-p5"),
                ..Default::default()
            },
            Person {
                id: id("demo-network-h6"),
                name: t("יפעת קדם", "Yifat Kedem", "ميار عثمان"),
                role: t("מנחת המפגשים (חיצונית)", "Meeting facilitator (external)", "ميسّرة اللقاءات (من خارج العنقود)"),
                notes: t(
                    "מתאמת ציפיות עם השותפים לפני כל מפגש, ומכינה חומרי 'שורה תחתונה' אחריו.",
                    "Agrees expectations with the members before each meeting and prepares 'bottom-line' materials after it.",
                    "تنسّق التوقّعات مع الأعضاء قبل كل لقاء، وتُعِدّ بعده مواد تلخّص الخلاصات العملية.",
                ),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

/// Seed 003: peer coaching among three school principals.
fn coaching_partnership(lang: Lang) -> Plan {
    let t = |he: &'static str, en: &'static str, ar: &'static str| tr(lang, he, en, ar);
    Plan {
        id: id("demo-coaching"),
        name: t(
            "שותפות אימון עמיתים של שלושה מנהלי בתי ספר",
            "Peer coaching partnership of three school principals",
            "شراكة إرشاد بين الأقران لثلاثة مديري مدارس",
        ),
        kind: PlanKind::CoachingPartnership,
        start_date: date("2026-09-01"),
        end_date: date("2028-06-30"),
        description: t(
            "שלושה מנהלי בתי ספר מאמנים זה את זה כדי להציב יעדים מקצועיים בהובלה פדגוגית ולהשיג אותם. המפגשים מתקיימים כל ארבעה עד שישה שבועות, למשך שעתיים עד שלוש, לפי מבנה GROW: מטרה, מציאות, אפשרויות וסיכום. בשלב ההתנעה השותפים מסכמים ביניהם אמון, כבוד וסודיות, סדירות, מחויבות ואופן התיעוד, וקובעים מראש את כל מפגשי השנה; צפייה בשדה תתווסף רק אחרי שהאמון יתבסס. השותפות נמשכת שנתיים, כי התועלת מורגשת בדרך כלל אחרי כשנה.",
            "Three school principals coach one another to set and reach professional goals in pedagogical leadership. Sessions take place every four to six weeks and last two to three hours, following the GROW structure: Goal, Reality, Options, Wrap-up. At initiation the partners agree on trust, respect and confidentiality, regularity, commitment and how to document, and book all of the year's sessions in advance; field observation is added only once trust is established. The partnership runs for two years, because the benefit is usually felt after about a year.",
            "ثلاثة مديري مدارس يرشد بعضهم بعضًا لوضع أهداف مهنية في القيادة التربوية وتحقيقها. تُعقد اللقاءات كل أربعة إلى ستة أسابيع وتستمر ساعتين إلى ثلاث ساعات، وفق مبنى GROW: الهدف، الواقع، الخيارات، والتلخيص. في مرحلة الانطلاق يتّفق الشركاء على الثقة والاحترام والسرّية، وعلى الانتظام والالتزام وطريقة التوثيق، ويحدّدون مسبقًا جميع لقاءات السنة؛ ولا تُضاف المشاهدة الميدانية إلا بعد أن تترسّخ الثقة. تمتد الشراكة سنتين، لأن الفائدة تُلمَس عادةً بعد نحو سنة.",
        ),
        partners: vec![
            Partner {
                id: id("demo-coaching-p1"),
                name: t("בית הספר היסודי 'נופים'", "Nofim Elementary School", "مدرسة المروج الابتدائية"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t("שרון כץ, מנהלת", "Sharon Katz, principal", "سوسن بدارنة، مديرة"),
                added_value: t(
                    "ניסיון רב בהובלת צוותים ובבניית תרבות של למידת עמיתים בין מורים.",
                    "Long experience leading teams and building a culture of peer learning among teachers.",
                    "خبرة طويلة في قيادة الطواقم وبناء ثقافة التعلّم بين الأقران لدى المعلمين.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-coaching-p2"),
                name: t("חטיבת הביניים 'רעות'", "Re'ut Middle School", "إعدادية الرازي"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t("עומר לביא, מנהל", "Omer Lavi, principal", "جهاد كبها، مدير"),
                added_value: t(
                    "מנהל ותיק; יודע לבנות מערכת שעות גמישה ולעבוד עם הרשות המקומית.",
                    "A veteran principal; knows how to build a flexible timetable and how to work with the local authority.",
                    "مدير ذو أقدمية؛ يعرف كيف يبني برنامج حصص مرنًا وكيف يعمل مع السلطة المحلية.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-coaching-p3"),
                name: t("בית הספר היסודי 'שקד'", "Shaked Elementary School", "مدرسة السنديان الابتدائية"),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: t(
                    "לילך מזרחי, מנהלת בשנתה השנייה",
                    "Lilach Mizrahi, second-year principal",
                    "آية مصطفى، مديرة في سنتها الثانية",
                ),
                added_value: t(
                    "מביאה מבט רענן ושאלות של מנהלת חדשה, והתנסות עדכנית מתכנית הכשרת מנהלים.",
                    "Brings a fresh view and the questions of a new principal, and recent experience from a principal preparation programme.",
                    "تجلب نظرة جديدة وأسئلة مديرة حديثة العهد، وتجربة حديثة من برنامج تأهيل المديرين.",
                ),
                ..Default::default()
            },
            Partner {
                id: id("demo-coaching-p4"),
                name: t(
                    "המכון לפיתוח מנהיגות חינוכית",
                    "Institute for Educational Leadership Development",
                    "معهد تطوير القيادة التربوية",
                ),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: t("דפנה אורן, מנחת אימון", "Dafna Oren, coaching facilitator", "وفاء زعبي، ميسّرة إرشاد"),
                added_value: t(
                    "הכשרה במיומנויות אימון: הקשבה פעילה, ריאיון רפלקטיבי ותיעוד תיאורי של תצפיות; מפגש ליווי פעם במחצית.",
                    "Training in coaching skills: active listening, reflective interviewing and descriptive recording of observations; a support meeting once a term.",
                    "تأهيل في مهارات الإرشاد: الإصغاء الفعّال، والمقابلة التأمّلية، والتوثيق الوصفي للمشاهدات؛ ولقاء مرافقة مرة في كل فصل.",
                ),
                notes: t(
                    "המכון אינו מנחה את מפגשי האימון עצמם: הבעלות וההובלה הן של המנהלים.",
                    "The institute does not run the coaching sessions themselves: ownership and leadership belong to the principals.",
                    "لا يدير المعهد لقاءات الإرشاد نفسها؛ فالملكية والقيادة بيد المديرين.",
                ),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("demo-coaching-h1"),
                name: t("שרון כץ", "Sharon Katz", "سوسن بدارنة"),
                role: t("מאמנת ומתאמנת", "Coach and coachee", "مرشدة ومسترشدة"),
                partner_id: link("demo-coaching-p1"),
                contact: t("sharon.katz@example.org", "sharon.katz@example.org", "sawsan.badarneh@example.org"),
                notes: t(
                    "מאמנת את לילך ומתאמנת אצל עומר.",
                    "Coaches Lilach and is coached by Omer.",
                    "ترشد آية، ويرشدها جهاد.",
                ),
                ..Default::default()
            },
            Person {
                id: id("demo-coaching-h2"),
                name: t("עומר לביא", "Omer Lavi", "جهاد كبها"),
                role: t("מאמן", "Coach", "مرشد"),
                partner_id: link("demo-coaching-p2"),
                contact: t("omer.lavi@example.org", "omer.lavi@example.org", "jihad.kabha@example.org"),
                notes: t("מאמן את שרון.", "Coaches Sharon.", "يرشد سوسن."),
                ..Default::default()
            },
            Person {
                id: id("demo-coaching-h3"),
                name: t("לילך מזרחי", "Lilach Mizrahi", "آية مصطفى"),
                role: t("מתאמנת", "Coachee", "مسترشدة"),
                partner_id: link("demo-coaching-p3"),
                notes: t(
                    "היעד שלה לשנה: לבנות שגרה של משוב פדגוגי למורים.",
                    "Her goal for the year: build a routine of pedagogical feedback for teachers.",
                    "هدفها للسنة: بناء روتين للتغذية الراجعة التربوية للمعلمين.",
                ),
                ..Default::default()
            },
            Person {
                id: id("demo-coaching-h4"),
                name: t("דפנה אורן", "Dafna Oren", "وفاء زعبي"),
                role: t("מנחת מיומנויות אימון", "Coaching skills trainer", "مدرّبة مهارات الإرشاد"),
                partner_id: link("demo-coaching-p4"),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn is_hebrew(c: char) -> bool {
        ('\u{05D0}'..='\u{05EA}').contains(&c)
    }

    fn is_arabic(c: char) -> bool {
        ('\u{0620}'..='\u{064A}').contains(&c)
    }

    /// Every text of a plan, with a label for messages.
    fn texts(plan: &Plan) -> Vec<(String, &str)> {
        let mut out = vec![
            (format!("{}.name", plan.id), plan.name.as_str()),
            (
                format!("{}.description", plan.id),
                plan.description.as_str(),
            ),
        ];
        for p in &plan.partners {
            out.push((format!("{}.name", p.id), p.name.as_str()));
            out.push((
                format!("{}.representative", p.id),
                p.representative.as_str(),
            ));
            out.push((format!("{}.added_value", p.id), p.added_value.as_str()));
            out.push((format!("{}.notes", p.id), p.notes.as_str()));
        }
        for h in &plan.people {
            out.push((format!("{}.name", h.id), h.name.as_str()));
            out.push((format!("{}.role", h.id), h.role.as_str()));
            out.push((format!("{}.contact", h.id), h.contact.as_str()));
            out.push((format!("{}.notes", h.id), h.notes.as_str()));
        }
        out
    }

    #[test]
    fn five_plans_one_per_kind_in_order() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let kinds: Vec<PlanKind> = ws.plans.iter().map(|p| p.kind).collect();
            assert_eq!(kinds, PlanKind::ALL.to_vec(), "{lang:?}");
        }
    }

    #[test]
    fn every_plan_is_filled_in() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                assert!(plan.partners.len() >= 3, "{lang:?} {}", plan.id);
                assert!(plan.people.len() >= 3, "{lang:?} {}", plan.id);
                assert!(!plan.name.trim().is_empty(), "{lang:?} {}", plan.id);
                assert!(!plan.description.trim().is_empty(), "{lang:?} {}", plan.id);
                for p in &plan.partners {
                    assert!(!p.name.trim().is_empty(), "{lang:?} {}", p.id);
                    assert!(!p.representative.trim().is_empty(), "{lang:?} {}", p.id);
                    assert!(!p.added_value.trim().is_empty(), "{lang:?} {}", p.id);
                }
                for h in &plan.people {
                    assert!(!h.name.trim().is_empty(), "{lang:?} {}", h.id);
                    assert!(!h.role.trim().is_empty(), "{lang:?} {}", h.id);
                }
            }
        }
    }

    #[test]
    fn ids_are_valid_and_unique_and_references_resolve() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let mut plan_ids = HashSet::new();
            for plan in ws.plans.iter() {
                assert!(Id::is_valid(plan.id.as_str()), "{lang:?} {}", plan.id);
                assert!(
                    plan_ids.insert(plan.id.clone()),
                    "duplicate plan id {}",
                    plan.id
                );
                let mut partner_ids = HashSet::new();
                for p in &plan.partners {
                    assert!(Id::is_valid(p.id.as_str()), "{lang:?} {}", p.id);
                    assert!(
                        partner_ids.insert(p.id.clone()),
                        "duplicate partner id {}",
                        p.id
                    );
                }
                let mut person_ids = HashSet::new();
                for h in &plan.people {
                    assert!(Id::is_valid(h.id.as_str()), "{lang:?} {}", h.id);
                    assert!(
                        person_ids.insert(h.id.clone()),
                        "duplicate person id {}",
                        h.id
                    );
                    if let Some(pid) = &h.partner_id {
                        assert!(plan.partner(pid).is_some(), "{lang:?} {} -> {pid}", h.id);
                    }
                }
            }
        }
    }

    #[test]
    fn ids_are_the_same_in_every_language() {
        let ids = |lang| {
            workspace(lang)
                .plans
                .iter()
                .flat_map(|p| {
                    let mut v = vec![p.id.clone()];
                    v.extend(p.partners.iter().map(|x| x.id.clone()));
                    v.extend(p.people.iter().map(|x| x.id.clone()));
                    v
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Lang::He), ids(Lang::En));
        assert_eq!(ids(Lang::He), ids(Lang::Ar));
    }

    #[test]
    fn dates_are_real_and_in_order() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                let start = plan.start_date.as_ref().expect("start date");
                let end = plan.end_date.as_ref().expect("end date");
                assert!(Date::parse(start.as_str()).is_some(), "{}", plan.id);
                assert!(Date::parse(end.as_str()).is_some(), "{}", plan.id);
                assert!(start <= end, "{}", plan.id);
            }
        }
    }

    #[test]
    fn texts_fit_the_limits_and_have_no_bidi_controls() {
        use crate::text::{is_bidi_control, MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
        let len = |s: &str| s.chars().count();
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                assert!(len(&plan.name) <= MAX_NAME);
                assert!(len(&plan.description) <= MAX_LONG);
                for p in &plan.partners {
                    assert!(len(&p.name) <= MAX_NAME, "{}", p.id);
                    assert!(len(&p.representative) <= MAX_SHORT, "{}", p.id);
                    assert!(len(&p.added_value) <= MAX_MEDIUM, "{}", p.id);
                    assert!(len(&p.notes) <= MAX_LONG, "{}", p.id);
                }
                for h in &plan.people {
                    assert!(len(&h.name) <= MAX_NAME, "{}", h.id);
                    assert!(len(&h.role) <= MAX_SHORT, "{}", h.id);
                    assert!(len(&h.contact) <= MAX_SHORT, "{}", h.id);
                    assert!(len(&h.notes) <= MAX_LONG, "{}", h.id);
                }
                for (label, text) in texts(plan) {
                    assert!(!text.chars().any(is_bidi_control), "{lang:?} {label}");
                    assert_eq!(text, text.trim(), "{lang:?} {label}: stray whitespace");
                }
            }
        }
    }

    #[test]
    fn texts_are_in_the_requested_language() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                let mut names = vec![plan.name.as_str()];
                names.extend(plan.partners.iter().map(|p| p.name.as_str()));
                names.extend(plan.people.iter().map(|h| h.name.as_str()));
                for name in names {
                    match lang {
                        Lang::He => assert!(name.chars().any(is_hebrew), "not Hebrew: {name}"),
                        Lang::Ar => assert!(name.chars().any(is_arabic), "not Arabic: {name}"),
                        Lang::En => {}
                    }
                }
                for (label, text) in texts(plan) {
                    match lang {
                        Lang::He => assert!(!text.chars().any(is_arabic), "Arabic in He {label}"),
                        Lang::Ar => assert!(!text.chars().any(is_hebrew), "Hebrew in Ar {label}"),
                        Lang::En => assert!(
                            !text.chars().any(|c| is_hebrew(c) || is_arabic(c)),
                            "Hebrew or Arabic in En {label}"
                        ),
                    }
                }
                match lang {
                    Lang::He => assert!(plan.description.chars().any(is_hebrew), "{}", plan.id),
                    Lang::Ar => assert!(plan.description.chars().any(is_arabic), "{}", plan.id),
                    Lang::En => {}
                }
            }
        }
    }

    #[test]
    fn languages_differ() {
        let names = |lang| {
            workspace(lang)
                .plans
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_ne!(names(Lang::He), names(Lang::En));
        assert_ne!(names(Lang::He), names(Lang::Ar));
        assert_ne!(names(Lang::En), names(Lang::Ar));
    }

    #[test]
    fn round_trips_through_the_file_format_without_warnings() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let text = crate::format::export_workspace(&ws);
            let imported = match crate::format::import(&text) {
                Ok(i) => i,
                Err(problems) => panic!("{lang:?}: import failed: {problems:?}"),
            };
            assert!(
                imported.warnings.is_empty(),
                "{lang:?}: {:?}",
                imported.warnings
            );
            let plans: Vec<Plan> = ws.plans.iter().map(|p| (**p).clone()).collect();
            assert_eq!(imported.plans, plans, "{lang:?}");
        }
    }
}
