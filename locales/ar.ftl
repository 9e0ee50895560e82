## شوتاف — العربية

app-title = شوتاف
app-tagline = تخطيط الشراكات في التربية والتعليم
skip-to-content = الانتقال إلى المحتوى
nav-home = كل الخطط
nav-main = القائمة الرئيسية
language-label = اللغة
action-undo = تراجع
    .title = تراجع (Ctrl+Z)
action-redo = إعادة
    .title = إعادة (Ctrl+Shift+Z أو Ctrl+Y)
menu-import = استيراد ملف…
menu-export-workspace = تصدير مساحة العمل
menu-restore-demo = استعادة العرض التوضيحي
save-status-saved = محفوظ في هذا المتصفح
save-status-pending = جارٍ الحفظ…
save-status-memory = غير محفوظ: موجود في هذه النافذة فقط
save-status-conflict = غير محفوظ: تم التغيير في علامة تبويب أخرى
storage-usage = { $percent }% من مساحة التخزين في هذا المتصفح قيد الاستخدام

## أزرار مستخدمة في كل مكان

close = إغلاق
cancel = إلغاء
dismiss = إخفاء
undo-button = تراجع

## الصفحة الرئيسية: قائمة الخطط

home-title = خططك
home-intro = كل خطة تصف شراكة واحدة: من يشارك فيها، وما يقدّمه كل طرف، وإلى أين تتّجه.
home-empty-title = لا توجد خطط بعد
home-empty-body = يمكنك البدء بخطة جديدة لشراكتك، أو التجوّل في مساحة العمل التوضيحية: فيها مثال على كل نوع من أنواع الشراكة، مستمدّ من الميدان.
home-empty-demo = تحميل مساحة العمل التوضيحية
plan-create-title = خطة جديدة
plan-name-label = اسم الخطة
plan-kind-label = نوع الشراكة
plan-create-button = إنشاء خطة
plan-open = فتح
plan-rename = إعادة تسمية
plan-rename-save = حفظ الاسم
plan-duplicate = إنشاء نسخة
plan-delete = حذف
plan-export = تصدير
plan-copy-name = { $name } (نسخة)
plan-dates = { $start } – { $end }
plan-no-dates = لم تُحدَّد تواريخ
plan-partner-count = { $count ->
    [zero] لا شركاء
    [one] شريك واحد
    [two] شريكان
    [few] { $count } شركاء
    [many] { $count } شريكًا
   *[other] { $count } شريك
}
plan-people-count = { $count ->
    [zero] لا أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
plan-actions = إجراءات الخطة { $name }
search-plans = البحث في الخطط والشركاء والأشخاص والمهام
search-no-results = لا توجد خطة تطابق «{ $query }».

## أنواع الشراكة

kind-school_support = منظومة مرافقة المدرسة
    .desc = الجهات المرافقة المحيطة بمدرسة مستهدفة: ما الذي تقدّمه كل جهة، وكيف تعمل الجهات معًا.
kind-municipal_ecosystem = منظومة تربوية بلدية
    .desc = منظومة تربوية محلية تضمّ لجنة توجيه وفرق عمل وخطة عمل متعددة السنوات.
kind-school_partnership = شراكة بين المدارس
    .desc = مدارس تتعلّم وتعمل معًا، من لقاءات متفرّقة وحتى موارد مشتركة.
kind-network_cluster = عنقود شبكي
    .desc = شبكة من المنظمات تلتقي حول هدف مشترك، مع الجهة الداعية وأعضاء الشبكة.
kind-coaching_partnership = شراكة توجيه بين الأقران
    .desc = قادة تربويون يوجّه بعضهم بعضًا، لقاءً بعد لقاء، على مدار السنة.

## الخطة

plan-back = العودة إلى كل الخطط
section-details = التفاصيل
section-partners = الشركاء
section-people = الأشخاص
field-name = الاسم
field-kind = نوع الشراكة
field-start-date = تاريخ البدء
field-end-date = تاريخ الانتهاء
field-description = الغاية من الشراكة
field-required = (إلزامي)

partners-intro = الجهات المشاركة في هذه الخطة، وما تضيفه كل جهة.
partners-empty = لا يوجد شركاء بعد. يمكنك إضافة أول جهة مشاركة.
partner-new-name = اسم الشريك الجديد
partner-add = إضافة شريك
partner-remove = إزالة الشريك
partner-remove-named = إزالة { $name }
partner-name = الاسم
partner-origin = نوع الجهة
partner-sector = القطاع
partner-relationship = العلاقة بالخطة
partner-representative = الممثّل ودوره
partner-added-value = القيمة المضافة
partner-notes = ملاحظات
partner-missing-added-value = لم تُحدَّد قيمة مضافة بعد

origin-local_authority = سلطة محلية
origin-ministry = وزارة التربية والتعليم
origin-school_network = شبكة مدارس
origin-ngo = جمعية غير ربحية
origin-foundation = صندوق
origin-academia = مؤسسة أكاديمية
origin-business = شركة تجارية
origin-school = مدرسة
origin-other = أخرى

sector-public = القطاع العام
sector-business = قطاع الأعمال
sector-third = القطاع الثالث

relationship-strategic = شريك استراتيجي
relationship-funding = شريك مموِّل
relationship-operator = جهة مشغِّلة للبرنامج
relationship-network = شريك في الشبكة
relationship-school = مدرسة

people-intro = الأشخاص المشاركون، ومن يمثّلون.
people-empty = لا يوجد أشخاص بعد. يمكنك إضافة أول شخص مشارك.
person-new-name = اسم الشخص الجديد
person-add = إضافة شخص
person-remove = إزالة الشخص
person-remove-named = إزالة { $name }
person-name = الاسم
person-role = الدور
person-partner = يمثّل
person-partner-none = (دون شريك)
person-contact = طرق التواصل
person-notes = ملاحظات

## الاستيراد والتصدير

import-drop-hint = أفلِت ملف شوتاف هنا لاستيراده
import-errors-title = لا يمكن استيراد هذا الملف
import-errors-intro = لم يتغيّر شيء. في الملف «{ $file }» المشكلات التالية:
import-warnings-title = أمور من المفيد معرفتها قبل الاستيراد
import-confirm-title = استيراد «{ $file }»؟
import-confirm-workspace = يحتوي الملف على مساحة عمل { $count ->
    [zero] بلا خطط
    [one] فيها خطة واحدة
    [two] فيها خطتان
    [few] فيها { $count } خطط
    [many] فيها { $count } خطة
   *[other] فيها { $count } خطة
}.
import-confirm-plan = يحتوي الملف على الخطة «{ $name }».
import-add-plans = إضافة إلى خططي
import-replace-workspace = استبدال مساحة عملي
import-replace-note = الاستبدال يزيل خططك الحالية؛ يمكنك التراجع عنه، وقد ترغب في تصديرها أولًا.
import-done = { $count ->
    [zero] لم تُستورد أي خطة.
    [one] تم استيراد خطة واحدة.
    [two] تم استيراد خطتين.
    [few] تم استيراد { $count } خطط.
    [many] تم استيراد { $count } خطة.
   *[other] تم استيراد { $count } خطة.
}
import-replaced = تم استبدال مساحة العمل بالملف المستورَد.
import-file-too-large = حجم الملف «{ $file }» هو { $size } MB، بينما يستورد شوتاف ملفات يصل حجمها إلى { $max } MB.
import-read-failed = تعذّرت قراءة الملف «{ $file }».
problem-location = في الموضع { $path }:

problem-empty = الملف فارغ.
problem-too-large = حجم الملف { $size } MB؛ يمكن استيراد ملفات يصل حجمها إلى { $max } MB.
problem-not-json = هذا ليس ملف JSON (خطأ في السطر { $line }، العمود { $column }).
problem-truncated = ينتهي الملف قبل أوانه: على الأرجح انقطع أثناء نسخه أو تنزيله.
problem-too-deep = بنية الملف متداخلة بعمق يفوق بكثير أي ملف من ملفات شوتاف.
problem-not-shutaf = ملف JSON هذا لم يُنشأ بواسطة شوتاف.
problem-newer-version = أُنشئ الملف بإصدار أحدث من شوتاف (الصيغة { $found }؛ هذا الإصدار يقرأ حتى الصيغة { $supported }). يُرجى فتحه في الإصدار الأحدث.
problem-bad-version = رقم إصدار الصيغة مفقود أو ليس عددًا صحيحًا.
problem-missing-field = الحقل الإلزامي «{ $field }» مفقود.
problem-wrong-type = كان يُتوقَّع هنا { $expected }.
problem-unknown-value = «{ $value }» ليست قيمة مسموحًا بها. القيم المسموح بها: { $allowed }.
problem-invalid = هذه القيمة غير صالحة: { $detail }
problem-plan-file-count = يحتوي ملف الخطة على خطة واحدة بالضبط؛ أمّا هذا الملف فيحتوي على { $count }.
problem-too-many = عدد العناصر ({ $count }) يتجاوز الحد الأقصى الذي يمكن أن يحتويه الملف ({ $max }).
problem-duplicate-id = المعرّف «{ $id }» مستخدم مرتين.
problem-dangling-reference = هنا إشارة إلى «{ $id }»، وهو غير موجود في الخطة.
problem-bad-id = يمكن أن يحتوي المعرّف على أحرف لاتينية وأرقام و«-» و«_» فقط، بحدّ أقصى 64 حرفًا.
problem-empty-name = يجب إدخال اسم هنا.
problem-bad-date = «{ $value }» ليس تاريخًا بالصيغة YYYY-MM-DD.
problem-dates-out-of-order = تاريخ الانتهاء يسبق تاريخ البدء.
problem-text-cut = كان النص أطول من الحد الأقصى للأحرف ({ $max }) فتم اقتطاعه.
problem-bidi-removed = { $count ->
    [zero] لم تتم إزالة أي حرف غير مرئي للتحكم في اتجاه النص.
    [one] تمت إزالة حرف واحد غير مرئي للتحكم في اتجاه النص.
    [two] تمت إزالة حرفين غير مرئيين للتحكم في اتجاه النص.
    [few] تمت إزالة { $count } أحرف غير مرئية للتحكم في اتجاه النص.
    [many] تمت إزالة { $count } حرفًا غير مرئي للتحكم في اتجاه النص.
   *[other] تمت إزالة { $count } حرف غير مرئي للتحكم في اتجاه النص.
}
problem-unknown-field = حقل لا يعرفه هذا الإصدار؛ سيتم استبعاده.
problem-unknown-instrument = «{ $id }» ليست أداة تعرفها هذه النسخة من شوتاف.
problem-unknown-item = لا يوجد في الأداة بند «{ $item }».
problem-answer-mismatch = هذه الإجابة لا تلائم سؤالها (نوع إجابة مختلف، أو خيار غير معروف، أو قيمة خارج النطاق).
problem-round-mismatch = تنتمي هذه الإجابة إلى جولة أداة أخرى.
problem-out-of-range = يجب إدخال رقم من { $min } إلى { $max }.
value-type-text = نص
value-type-number = عدد
value-type-boolean = صواب أو خطأ
value-type-list = قائمة
value-type-object = كائن

## الحفظ والتخزين

storage-corrupted = البيانات المحفوظة في هذا المتصفح تالفة وتعذّر فتحها. تم الاحتفاظ بها جانبًا دون أي تغيير؛ يمكنك تنزيلها للاحتفاظ بها أو لإرسالها طلبًا للمساعدة. ستبدأ العمل بمساحة عمل فارغة.
storage-corrupted-unsaved = البيانات المحفوظة في هذا المتصفح تالفة وتعذّر فتحها، ولم تتوفر مساحة للاحتفاظ بنسخة منها جانبًا. يُرجى تنزيلها الآن: إلى أن تفعل ذلك، لن يحفظ شوتاف فوقها.
storage-download-backup = تنزيل البيانات التالفة
storage-unavailable = هذا المتصفح لا يسمح لشوتاف بالحفظ (تصفّح خاص، أو التخزين معطَّل). يمكنك مواصلة العمل: يبقى عملك في هذه النافذة إلى أن تغلقها. للاحتفاظ به، يُرجى تصديره إلى ملف.
storage-full = مساحة التخزين في هذا المتصفح ممتلئة، لذلك لم تُحفظ تغييراتك الأخيرة. لا تزال موجودة هنا: يُرجى تصدير مساحة العمل إلى ملف، ثم إزالة خطط قديمة لتوفير مساحة.
storage-nearly-full = مساحة التخزين في هذا المتصفح ممتلئة بنسبة { $percent }%. للاحتياط، يُرجى تصدير مساحة العمل إلى ملف.
storage-newer = البيانات المحفوظة في هذا المتصفح أُنشئت بإصدار أحدث من شوتاف، وقد تُركت دون تغيير. التغييرات التي تجريها هنا لن تُحفظ؛ يُرجى تصديرها إلى ملف.
storage-reloaded = تم تحديث مساحة العمل من علامة تبويب أخرى.
storage-conflict-title = تم التغيير في علامة تبويب أخرى
storage-conflict-body = تم تغيير مساحة العمل هذه في علامة تبويب أو نافذة أخرى أثناء تحريرك هنا. يُرجى اختيار النسخة التي سيُحتفظ بها؛ وستضيع النسخة الأخرى ما لم تنزّلها أولًا.
conflict-load-theirs = استخدام نسخة علامة التبويب الأخرى
conflict-keep-mine = الاحتفاظ بنسخة علامة التبويب هذه
conflict-download-mine = تنزيل نسخة علامة التبويب هذه
demo-confirm-title = استعادة مساحة العمل التوضيحية؟
demo-confirm-body = يستبدل العرض التوضيحي الخطط الموجودة في هذا المتصفح. يمكنك التراجع عن ذلك، وقد ترغب في تصدير خططك أولًا.
demo-confirm-button = استعادة العرض التوضيحي
demo-unavailable = تعذّر تحميل مساحة العمل التوضيحية. تحقّقوا من الاتصال وجرّبوا «استعادة العرض التوضيحي» مرة أخرى.
loading = جارٍ التحميل…
texts-unavailable = تعذّر تحميل نصوص الأدوات. تحقّقوا من الاتصال وأعيدوا تحميل الصفحة.
locale-unavailable = تعذّر تحميل نصوص اللغة المختارة، لذلك تبقى الصفحة بهذه اللغة. تحقّقوا من الاتصال وحاولوا مرة أخرى.
demo-restored = تمت استعادة مساحة العمل التوضيحية.

## أخطاء التحرير

error-empty-name = لا يمكن أن يكون الاسم فارغًا.
error-dates-out-of-order = لا يمكن أن يسبق تاريخ الانتهاء تاريخ البدء.
error-not-found = ما قمت بتحريره لم يعد موجودًا؛ ربما أُزيل في علامة تبويب أخرى.
error-answer = هذه الإجابة لا تلائم السؤال، لذلك لم تُحفظ.
error-duplicate-id = هذا المعرّف مستخدم بالفعل.
error-invalid-id = هذا المعرّف غير صالح.
error-too-many = القائمة ممتلئة؛ احذف عنصرًا قبل إضافة المزيد.
plan-deleted = تم حذف الخطة «{ $name }».
nothing-to-undo = لا يوجد ما يمكن التراجع عنه.

## الأدوات

section-instruments = الأدوات
section-tasks = المهام
instruments-intro = قوائم تحقق واستبيانات ونماذج مستمدّة من الميدان. يمكنك تعبئتها بمفردك أو مع آخرين، على جولات بمرور الوقت.
instruments-suggested = أدوات مقترحة لهذا النوع من الخطط
instruments-more = أدوات أخرى ({ $count })
instrument-rounds = { $count ->
    [0] لم تُستخدم بعد
    [zero] لم تُستخدم بعد
    [one] جولة واحدة
    [two] جولتان
    [few] { $count } جولات
    [many] { $count } جولة
   *[other] { $count } جولة
} · { $responses ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $responses } إجابات
    [many] { $responses } إجابة
   *[other] { $responses } إجابة
}
instrument-unused = لم تُستخدم بعد
instrument-back = العودة إلى الخطة
instrument-source = المصدر
scale-note = المقياس 1–5 اختيارٌ من شوتاف: وثيقة المصدر لا تحدّد أي مقياس.
shape-checklist = قائمة تحقق
shape-questionnaire = استبيان
shape-self_assessment = تقييم ذاتي
shape-staged_model = نموذج مراحل
shape-classifier = أداة تصنيف
rounds-title = الجولات
round-empty = لا توجد جولات بعد. يمكنك بدء جولة لتعبئة الأداة، بمفردك أو مع عدد من المُجيبين.
round-new-name = اسم الجولة الجديدة
round-new-default = الجولة { $n }
round-add = بدء جولة
round-remove = إزالة الجولة
round-no-responses = لا توجد إجابات في هذه الجولة بعد.
response-add = إضافة إجابة
response-for = الموضوع
response-subject-plan = الخطة ككل
response-open = تعبئة
response-remove = إزالة
response-anonymous = دون اسم
response-progress = تمت الإجابة عن { $answered } من أصل { $total }
respondent-label = المُجيب/ة (اسم أو دور؛ اختياري)
response-done = العودة إلى الأداة
print = طباعة
answer-yes = نعم
answer-no = لا
answer-clear = مسح الإجابة
agree-1 = لا على الإطلاق
agree-2 = بقدر قليل
agree-3 = جزئيًا
agree-4 = بقدر كبير
agree-5 = تمامًا
agree-dont-know = لا أعرف
actions-item = الإجراء { $n }
actions-to-tasks = { $count ->
    [zero] لا توجد إجراءات لتحويلها إلى مهام
    [one] تحويل الإجراء إلى مهمة
    [two] تحويل الإجراءين إلى مهمتين
    [few] تحويل { $count } إجراءات إلى مهام
    [many] تحويل { $count } إجراءً إلى مهام
   *[other] تحويل { $count } إجراء إلى مهام
}

## النتائج

results-title = النتائج
results-none = لا توجد إجابات بعد.
results-of-round = الجولة: { $round }
results-respondents = { $count ->
    [zero] لا مُجيبين
    [one] مُجيب/ة واحد/ة
    [two] مُجيبان
    [few] { $count } مُجيبين
    [many] { $count } مُجيبًا
   *[other] { $count } مُجيب
}
results-compare = المقارنة بجولة سابقة
results-compare-none = (دون مقارنة)
results-comparing = بالمقارنة مع الجولة «{ $round }».
results-done = تم إنجاز { $done } من أصل { $total }
results-remaining = ما زال مطلوبًا:
results-all-done = تم إنجاز كل شيء.
results-section-mean = متوسط كل قسم
results-item = البند
results-mean = المتوسط
results-spread = التشتّت
results-n = عدد الإجابات
results-dont-know = لا أعرف
results-change = التغيّر
results-disagreement = المواضع التي يختلف فيها المُجيبون أكثر من سواها
results-ladder = المراحل، بالترتيب
results-current-stage = أين تقف الشراكة الآن
results-no-stage = لم تتحقق أي مرحلة بعد
results-next-step = الخطوة التالية
results-evidence-missing = ما الذي ما زال ناقصًا:
results-out-of-order = تتحقق مرحلة لاحقة بينما لا تتحقق مرحلة تسبقها: يُستحسن مراجعة المرحلة السابقة مرة أخرى.
results-level = المستوى { $level }: { $title }
results-why = لماذا هذا المستوى
results-answer-points = تشير إلى المستوى { $level }
results-next-level = المستوى التالي
results-then = ثم
results-ideal = الوضع المنشود
results-ideal-ok = يطابق الوضع المنشود
results-ideal-gap = بفارق { $gap } عن الوضع المنشود

## التنبيهات والمهام

warnings-title = { $count ->
    [0] لا توجد تنبيهات مفتوحة
    [zero] لا توجد تنبيهات مفتوحة
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}
warning-source = لماذا:
warning-open = فتح «{ $instrument }»
warning-holds = ينطبق على { $n } من أصل { $total } من الإجابات
warning-dismiss = إخفاء…
warning-dismiss-reason = لماذا لا ينطبق هذا التنبيه؟
warning-dismiss-save = إخفاء التنبيه
warning-dismissed-title = التنبيهات المخفية ({ $count })
warning-reason = السبب
warning-restore = إعادة الإظهار
tasks-summary = { $open } مفتوحة، { $overdue } متأخرة
tasks-empty = لا توجد مهام بعد.
task-new = مهمة جديدة
task-add = إضافة مهمة
task-title = المهمة
task-owner = المسؤول/ة
task-owner-none = (دون مسؤول)
task-due = الموعد النهائي
task-overdue = متأخرة
task-remove = إزالة «{ $title }»

## نظرة عامة على الخطة

overview-title = أين تقف الخطة
overview-next = الخطوة التالية المقترحة
overview-next-warning = معالجة تنبيه: { $message }
overview-next-overdue = مهمة متأخرة: «{ $title }».
overview-next-assess = معرفة أين تقف الشراكة: تعبئة «{ $instrument }».
overview-next-stage = نحو «{ $stage }» ({ $instrument }): { $what }
overview-next-nothing = لا شيء بارز الآن. نواصل العمل.
overview-go = الانتقال إلى هناك
overview-assess = للتعبئة
overview-not-assessed = لم يُقيَّم بعد
overview-latest = أحدث النتائج
overview-attention = { $warnings ->
    [zero] لا تنبيهات مفتوحة
    [one] تنبيه مفتوح واحد
    [two] تنبيهان مفتوحان
    [few] { $warnings } تنبيهات مفتوحة
    [many] { $warnings } تنبيهًا مفتوحًا
   *[other] { $warnings } تنبيه مفتوح
} · { $overdue ->
    [zero] لا مهام متأخرة
    [one] مهمة متأخرة واحدة
    [two] مهمتان متأخرتان
    [few] { $overdue } مهام متأخرة
    [many] { $overdue } مهمة متأخرة
   *[other] { $overdue } مهمة متأخرة
} · { $soon ->
    [zero] لا مهام مستحقة خلال أسبوعين
    [one] مهمة واحدة مستحقة خلال أسبوعين
    [two] مهمتان مستحقتان خلال أسبوعين
    [few] { $soon } مهام مستحقة خلال أسبوعين
    [many] { $soon } مهمة مستحقة خلال أسبوعين
   *[other] { $soon } مهمة مستحقة خلال أسبوعين
}
home-stage = { $instrument }: { $stage }
home-attention = { $count ->
    [zero] لا شيء يحتاج إلى انتباه
    [one] أمر واحد يحتاج إلى انتباه
    [two] أمران يحتاجان إلى انتباه
    [few] { $count } أمور تحتاج إلى انتباه
    [many] { $count } أمرًا يحتاج إلى انتباه
   *[other] { $count } أمر يحتاج إلى انتباه
}

## جواز الشراكة والأفكار

passport-open = جواز الشراكة
passport-title = جواز الشراكة
passport-missing = يُبنى الجواز من بطاقة تعريف الشراكة، ولم تُعبّأ بعد.
passport-fill = تعبئة بطاقة التعريف
passport-edit = تحرير بطاقة التعريف
passport-continuum = الموقع على متّصل المشاركة
passport-continuum-missing = لم تُحدَّد الشراكة بعد على متّصل المشاركة.
passport-place = تحديد الموقع
passport-size = { $count } مدارس: { $class }
passport-warnings = يستحق الاستعداد له
passport-section-empty = لم يُعبّأ.
size-pair = مدرستان
size-small = مجموعة صغيرة
size-expanded = شراكة موسّعة (أربع مدارس فأكثر): تحتاج إلى تنسيق واستقرار
size-dozens = عشرات المدارس: يُعدّ عددًا أكبر من أن يكون مفيدًا
ideas-title = أفكار
idea-to-task = تحويلها إلى مهمة
idea-is-task = مهمة بالفعل
horizon-short = المدى القصير
horizon-medium = المدى المتوسط
horizon-long = المدى البعيد

## Measurement and evaluation (issue 7)
section-evaluation = القياس والتقييم
eval-intro = مؤشرات على ثلاثة محاور، قياسات على مرّ الزمن، خطة التقييم، تقييم الشبكة، المقابلات والنتائج.
eval-summary = { $indicators } مؤشرات · { $interviews } مقابلات · { $findings } نتائج · { $warnings } تنبيهات · تقدّم المهمة { $mission }
eval-open = فتح القياس والتقييم
eval-report-open = تقرير التقييم
eval-title = القياس والتقييم
eval-back = العودة إلى القياس والتقييم
eval-h-indicators = المؤشرات
eval-h-design = خطة التقييم
eval-h-network = تقييم الشبكة
eval-h-interviews = المقابلات
eval-h-findings = النتائج والتوصيات
eval-indicators-intro = قيسوا خطة العمل (مكوّن عمل، هدف، مهمة)، وبنية الشراكة، والوضع المحلي على مرّ الزمن. الهدف يحتاج إلى رقم ونقطة انطلاق.
eval-indicators-empty = لا توجد مؤشرات بعد.
eval-warnings = نقاط للإصلاح
eval-warn-count = { $count ->
    [one] تنبيه واحد
   *[other] { $count } تنبيهات
}
eval-warn-target-without-number = «{ $name }»: لا رقم في الهدف.
eval-warn-target-without-baseline = «{ $name }»: هدف بلا نقطة انطلاق — من أين سيُقاس التغيير؟
eval-warn-vague-target = «{ $name }»: الهدف مبهم (مثل «زيادة ملحوظة»). اكتبوا بكم ومن أيّ نقطة انطلاق.
eval-warn-unmeasured = لا مؤشر لـ«{ $name }» في خطة العمل.
eval-warn-overdue = «{ $name }»: كان موعد القياس { $due }.
eval-name = المؤشر
eval-axis = المحور
eval-axis-work_plan = خطة العمل
eval-axis-infrastructure = بنية الشراكة
eval-axis-mapping = رصد مستمر للوضع المحلي
eval-level = المستوى
eval-level-action_component = مكوّن عمل
eval-level-goal = هدف
eval-level-mission = المهمة
eval-linked = الهدف أو المكوّن (معرّف أو اسم)
eval-kind = النوع
eval-kind-quantitative = كمّي
eval-kind-qualitative = نوعي
eval-unit = الوحدة
eval-source = مصدر البيانات
eval-access = مدى إتاحة البيانات
eval-access-available = متاحة (لدينا أو لدى السلطة)
eval-access-obtainable = يمكن الحصول عليها
eval-access-hard = يصعب الحصول عليها
eval-method = طريقة الجمع
eval-frequency = التواتر
eval-frequency-monthly = شهريًا
eval-frequency-quarterly = كل ربع سنة
eval-frequency-half_yearly = مرتين في السنة
eval-frequency-yearly = سنويًا
eval-frequency-once = مرة واحدة
eval-collector = من يجمع
eval-analyst = من يحلّل
eval-cost = التكلفة والوقت
eval-baseline = نقطة الانطلاق
eval-target = الهدف الرقمي
eval-target-text = الهدف بالكلمات
eval-deadline = الموعد النهائي
eval-owner = المسؤول (مجموعة عمل أو شخص)
eval-binding = يُقاس تلقائيًا من
eval-binding-none = غير مربوط (يُدخل يدويًا)
eval-binding-attendance_rate = الحضور من بين المدعوّين
eval-binding-attendance_consistency = ثبات الحضور
eval-binding-tasks_completed = المهام المنجزة بين اللقاءات
eval-binding-initiatives_raised = المبادرات المطروحة
eval-binding-topics_covered = المواضيع المنجزة من المخطط لها
eval-binding-group_activity = نشاط مجموعات العمل
eval-latest = الأخير
eval-progress = التقدّم
eval-progress-of = التقدّم نحو الهدف: { $progress }
eval-group = هدف أو مكوّن
eval-rollups = التقدّم حسب الهدف والمكوّن وللمهمة كلها
eval-mission-progress = تقدّم المهمة: { $progress }
eval-new-indicator = مؤشر جديد
eval-add = إضافة
eval-remove = إزالة «{ $name }»
eval-removed = أُزيل
eval-definition = التعريف
eval-measurements = القياسات
eval-measurements-empty = لا توجد قياسات بعد.
eval-date = التاريخ
eval-value = القيمة
eval-note = ملاحظة
eval-actions = إجراءات
eval-add-measurement = إضافة قياس
chart-empty = لا شيء للعرض بعد: أضيفوا قياسات ذات قيمة.
chart-table = عرض البيانات كجدول
chart-desc = رسم خطي لـ{ $points } تواريخ، من { $from } إلى { $to }. البيانات نفسها في الجدول أدناه.
eval-csv-open = استيراد قياسات (CSV)
eval-csv-title = استيراد قياسات من ملف CSV
eval-csv-help = الأعمدة: المؤشر (اسمه أو معرّفه)، التاريخ، القيمة، ملاحظة. تواريخ مثل 1/3/2026 (اليوم أولًا) أو 2026-03-01؛ فاصلة أو فاصلة منقوطة أو مسافة جدولة بين الأعمدة. يُتخطّى سطر العناوين.
eval-csv-file = ملف CSV
eval-csv-paste = أو الصقوا الأسطر هنا
eval-csv-preview = معاينة الأسطر
eval-csv-counts = { $good } أسطر جاهزة، { $bad } فيها مشكلة (لن تُستورد).
eval-csv-line = السطر
eval-csv-status = الحالة
eval-csv-ok = جاهز
eval-csv-replaces = يحلّ محلّ قياس التاريخ نفسه
eval-csv-import = استيراد { $count } أسطر
eval-csv-columns = { $value } أعمدة فقط: يلزم المؤشر والتاريخ والقيمة.
eval-csv-unknown-indicator = لا يوجد مؤشر باسم «{ $value }».
eval-csv-bad-date = «{ $value }» ليس تاريخًا (اكتبوا 1/3/2026 أو 2026-03-01).
eval-csv-bad-value = «{ $value }» ليس رقمًا.
eval-csv-empty = لا قيمة ولا ملاحظة.
eval-csv-repeated = المؤشر نفسه والتاريخ نفسه وردا سابقًا في الملف.
eval-design-intro = أيّ دوائر يُفترض أن تؤثّر فيها الشراكة، وكيف سيُقيَّم الأثر، والنقاط التي يجدر التفكير فيها قبل القياس.
eval-circles = دوائر الأثر
eval-circle-system = المنظومة
eval-circle-school = المدرسة
eval-circle-staff = الطاقم
eval-circle-students = الطلاب
eval-methods = طرق التقييم
eval-method-comparison_group = المقارنة بمجموعة خارج الشراكة
eval-method-over_time = التحصيل على مرّ الزمن
eval-method-mapping = الرصد
eval-method-self_report = استبيان تقرير ذاتي
eval-method-accompanying = تقييم مرافق
eval-method-teacher_feedback = حلقة تغذية راجعة مع المعلمين
eval-points = نقاط للتفكير — علّموا عليها حين تجيب الخطة عنها
eval-point-partnership = يُبنى القياس مع لجنة التوجيه أو مجموعات العمل، مع الاستفادة من خبرة الشركاء
eval-point-transparency = تُعرض النتائج بشفافية وتُعامل البيانات بسرّية ووفق قواعد الأخلاق
eval-point-accessible_data = تعتمد المؤشرات على مصادر بيانات متاحة (مثل بيانات السلطة)
eval-point-convenient_collection = الجمع مريح وعملي، وما يتطلّبه مفهوم
eval-point-analysis = واضح من يحلّل وكيف (نوعيًا أو كميًا) وبأيّ معرفة، دون اعتماد طويل على شركة خارجية
eval-point-staffing = القوى البشرية: من يبني الأدوات ويجمع ويحلّل، وبأيّ تأهيل
eval-point-budget = الميزانية: الطريقة ملائمة للميزانية، على المدى الطويل أيضًا
eval-point-time = الوقت: كم مرة يُقاس كل محور، وكم يستغرق الجمع والتحليل
eval-points-done = أُجيب عن { $done } من { $total } نقاط
eval-notes = ملاحظات
eval-network-intro = الهدف والغايات المشتركة للشبكة، أعضاؤها، ما تساهم به (فعليًا أو محتملًا)، دور الجهة الجامعة والمهام المشتركة.
eval-net-goal = الهدف المشترك
eval-objectives = الغايات
eval-objective-learning = الانكشاف والتعارف والمشاركة والتعلّم
eval-objective-pooling = تجميع الموارد والتأثير
eval-objective-collaboration = تعاون يتجاوز اللقاءات
eval-objective-standards = معايير وخبرة مشتركة
eval-members = أعضاء الشبكة
eval-member-name = عضو
eval-joined = الانضمام
eval-joined-founding = النواة المؤسِّسة
eval-joined-later = انضمّ لاحقًا
eval-seniority = سنوات تشغيل برنامجه
eval-new-member = عضو جديد
eval-composition-figures = { $size } أعضاء: { $founding } من النواة المؤسِّسة، { $later } انضمّوا لاحقًا؛ متوسط الأقدمية { $seniority } سنوات.
eval-contribution = المساهمة في ثلاث مراحل
eval-contribution-help = لكل مجال ومرحلة: هل حدث ذلك (فعليًا)، أم هو متوقّع فقط (محتمل)، أم ليس بعد؟
eval-area = المجال
eval-stage = المرحلة { $n }
eval-area-learning = التعلّم
eval-area-collaboration = التعاون
eval-area-pooling = التجميع والتأثير
eval-stage-learning-1 = التعارف
eval-stage-learning-2 = تفكير على مستوى «فلسفي»
eval-stage-learning-3 = تعلّم تطبيقي
eval-stage-collaboration-1 = معرفة اللاعبين
eval-stage-collaboration-2 = التماسك والانتماء
eval-stage-collaboration-3 = تعاون يتجاوز اللقاءات
eval-stage-pooling-1 = الإحساس بالقيادة
eval-stage-pooling-2 = السياسات
eval-stage-pooling-3 = تجميع عملي «تقني»
eval-reach-not_yet = ليس بعد
eval-reach-potential = محتمل
eval-reach-actual = فعلي
eval-roles = أدوار الجهة الجامعة
eval-role-catalyst = جامع ومحفّز
eval-role-thinking_partner = شريك في التفكير
eval-role-influence_hub = مركز ضغط وتأثير
eval-role-mediator = وسيط
eval-traits = خصائص داعمة للجهة الجامعة
eval-trait-funding = التمويل والبنية
eval-trait-dialogue = نهج حواري وثقة
eval-trait-prestige = المكانة والعلامة والهيبة
eval-trait-knowledge = المعرفة والعلاقات
eval-composition = التركيبة: مزيج الأقدمية، التشابه والتنوّع، الاستقرار، الحجم
eval-joint-tasks = مهام مشتركة
eval-task-title = المهمة
eval-steering = القيادة
eval-steering-shared = قيادة مشتركة
eval-steering-single = مسؤول واحد
eval-new-task = مهمة مشتركة جديدة
eval-shared-count = { $shared } من { $total } مهام مشتركة تُقاد معًا.
eval-axes-rounds = { $count } جولات من التقييم الذاتي.
eval-axes-open = تعبئة جولة
eval-interviews-intro = ابنوا دليل مقابلة من أسئلة البروتوكول الـ21، وسجّلوا المقابلات، ووسموا الاقتباسات بمواضيع: النتائج تعدّها.
eval-guide = دليل المقابلة
eval-guide-empty = لا أسئلة في الدليل بعد: أضيفوا من البروتوكول أو من عندكم.
eval-protocol = سؤال من البروتوكول
eval-protocol-add = إضافة إلى الدليل
eval-part-1 = الشبكة
eval-part-2 = الجهة الجامعة
eval-q-from = سؤال البروتوكول { $n }
eval-q-own = سؤالكم
eval-new-question = سؤال من عندكم
eval-interview-list = المقابلات المسجّلة
eval-interviews-empty = لم تُسجَّل مقابلات بعد.
eval-new-interview = مقابلة جديدة: من قوبل
eval-who = من قوبل
eval-cluster = العنقود أو المجموعة
eval-quotes = اقتباسات
eval-quotes-help = انسخوا اقتباسات معبّرة ووسموا كلًّا منها بمواضيع، تفصل بينها فواصل.
eval-quote-n = اقتباس { $n }
eval-quote-themes = المواضيع
eval-new-quote = اقتباس جديد
eval-answers = الأجوبة
eval-themes = المواضيع الموسومة
eval-theme-count = { $count ->
    [one] في مقابلة واحدة
   *[other] في { $count } مقابلات
}
eval-findings-intro = تستند النتيجة إلى موضوع: عدد المقابلات التي فيها اقتباس بهذا الموضوع يحدّد مدى انتشارها.
eval-findings-empty = لا نتائج بعد.
eval-finding = النتيجة
eval-finding-theme = الموضوع الذي تستند إليه
eval-finding-cluster = في العنقود فقط (فارغ: كل المقابلات)
eval-new-finding = نتيجة جديدة
eval-prevalence = { $label } ({ $k } من { $n } مقابلات)
eval-prev-none = لا أحد من المُقابَلين
eval-prev-only-one = مُقابَل واحد فقط
eval-prev-one-of-three = واحد من ثلاثة مُقابَلين
eval-prev-two = اثنان من المُقابَلين
eval-prev-some = بعض المُقابَلين
eval-prev-most = معظم المُقابَلين
eval-prev-all = جميع المُقابَلين
eval-recommendations = التوصيات
eval-recommendation = توصية
eval-rec-findings = تستند إلى النتائج
eval-new-recommendation = توصية جديدة
eval-rec-based = تستند إلى النتائج { $list }
eval-report-title = تقرير التقييم
eval-report-date = أُعدّ بتاريخ { $date }
eval-report-instruments = نتائج الأدوات
eval-report-no-results = لا أجوبة لأيّ أداة بعد.
eval-report-responses = { $count } إجابات
eval-q-1 = في كم من لقاءات الشبكة شاركت، ومن أصل كم؟
eval-q-2 = لماذا لم تشارك فيها كلها؟
eval-q-3 = ما هدف الشبكة في نظرك؟
eval-q-4 = ماذا حصلت من اللقاءات التي شاركت فيها (أدوات، معرفة مهنية، علاقات، منصّات)؟
eval-q-5 = ما الأثر، إن وُجد، للمشاركة على عملك اليومي؟
eval-q-6 = أيّ اللقاءات كانت أنجح وأيّها أقل، ولماذا؟
eval-q-7 = هل لبّت اللقاءات توقّعاتك؟ في ماذا أكثر، وفي ماذا أقل؟
eval-q-8 = كيف دفعت اللقاءات أو الأنشطة هدف الشبكة، وهدفك؟
eval-q-9 = أيّ أنواع اللقاءات يمكن أن تدفع هدف الشبكة من الآن فصاعدًا؟
eval-q-10 = هل لنشاط الشبكة مؤشر نجاح؟ ماذا يمكن أن يكون؟ هل يمكنه التأثير في السياسات؟
eval-q-11 = هل يستمر نشاط الشبكة هذا العام؟ هل نشأت بنية لعمل مشترك دائم؟ ما الذي يعزّز الاستمرارية؟
eval-q-12 = كيف يُستحسن أن تواصل الشبكة عملها؟
eval-q-13 = هل تعرف الجهة الجامعة مجالك وسياقك، والجوانب الاجتماعية والثقافية التي تؤثّر في عملك؟ ما مدى أهمية ذلك؟
eval-q-14 = هل تعرف الجهة الجامعة التحديات الرئيسية لمؤسستك وللشبكة؟ هل تساهم بمعرفة أو علاقات أو أدوات لمواجهتها؟
eval-q-15 = بالنظر إلى الوراء، ما القيمة المضافة للجهة الجامعة حتى الآن؟ أيّ خطواتها كانت الأهم؟
eval-q-16 = ما سلبيات تدخّل الجهة الجامعة؟ ماذا كنت ستفعل بشكل مختلف؟
eval-q-17 = هل كنت تريد تدخّلًا أكثر أو أقل من الجهة الجامعة على طول الطريق؟
eval-q-18 = إلى أيّ مدى تؤثّر الجهة الجامعة في فاعلية نشاط الشبكة؟ هل يمكن الاستغناء عنها؟
eval-q-19 = بالنظر إلى الأمام، أيّ علاقة مع الجهة الجامعة هي الأكثر رغبة؟ ما الأفعال التي تتوقّعها منها؟
eval-q-20 = من يقود الشبكة اليوم؟ لمن الملكية والمسؤولية الرئيسية؟
eval-q-21 = أيّ شيء آخر؟
