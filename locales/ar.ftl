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

## شراكة التوجيه (issue 8)

section-coaching = شراكة التوجيه
coaching-summary = المرحلة: { $stage } · { $sessions ->
    [one] جلسة واحدة موثّقة
   *[other] { $sessions } جلسات موثّقة
} · { $planned } مخطّطة · { $warnings ->
    [0] لا تنبيهات إيقاع
    [one] تنبيه إيقاع واحد
   *[other] { $warnings } تنبيهات إيقاع
}
coaching-open = فتح شراكة التوجيه
coaching-back = العودة إلى الخطة
coaching-intro = يوجّه القادة بعضهم بعضًا طوال سنة تقريبًا، في جلسات منظّمة. سجلات الجلسات سرّية: لا تغادر هذا الجهاز إلا إذا اخترتم ذلك.
coaching-warnings = إيقاع الجلسات
coaching-warnings-none = لا تنبيهات إيقاع: الإيقاع يوافق التوصيات.
coaching-warn-gap = { $days } يومًا بين { $from } و{ $to }: أكثر من ستة أسابيع. أربعة إلى ستة أسابيع بين الجلسات تحافظ على استمرار الشراكة.
coaching-warn-short = جلسة { $date } تستغرق { $minutes } دقيقة. الجلسة من ساعتين إلى ثلاث أنفع عادةً من ساعة واحدة، لا سيما مع المشاهدة الميدانية.
coaching-warn-early-observation = جلسة { $date } تشمل مشاهدة الزملاء بينما الشراكة ما زالت في مرحلة الانطلاق. ابنوا الثقة أولًا؛ المشاهدة يمكن أن تنتظر.
coaching-warn-unscheduled = جلسة { $date } لم تكن في الجدول المخطّط مسبقًا. حجز جلسات السنة مبكرًا يحميها.
coaching-warn-no-calendar = هناك جلسات موثّقة لكن لم يُخطَّط جدول مسبقًا. احجزوا جلسات السنة مبكرًا.
coaching-sessions = الجلسات
coaching-sessions-empty = لم تُوثَّق أي جلسة بعد.
coaching-session-new = توثيق جلسة
coaching-session-open = فتح
coaching-session-of = جلسة { $date }
coaching-session-close = إغلاق الجلسة
coaching-remove = حذف
coaching-removed = (محذوف)
coaching-actions = إجراءات
coaching-date = التاريخ
coaching-time = وقت البدء
coaching-length = المدة
coaching-minutes = المدة بالدقائق
coaching-minutes-n = { $n } د
coaching-observation = مشاهدة
coaching-yes = نعم
coaching-group-mark = (جماعية)
coaching-coachee = الزميل المتلقّي للتوجيه
coaching-nobody = (لا أحد)
coaching-includes-observation = تشمل هذه الجلسة مشاهدة ميدانية
coaching-group = جلسة جماعية
coaching-participants = المشاركون
coaching-question-add = إضافة سؤال لمشارك
coaching-question-who = من يطرح السؤال { $n }
coaching-question-n = السؤال { $n }
coaching-carried = الأهداف من الجلسة السابقة
coaching-carried-from = حُدِّدت في جلسة { $date }.
coaching-carried-none = لم تُحدَّد أهداف لهذه الجلسة.
coaching-progress-on = التقدّم في «{ $goal }»
coaching-questions-to-ask = أسئلة للطرح
coaching-grow-goal = الهدف
coaching-grow-reality = الواقع
coaching-grow-options = الإمكانيات
coaching-grow-wrap_up = الخلاصة والمتابعة
coaching-goal = الأهداف في المحور
coaching-reality = الواقع الآن
coaching-alternative = بديل
coaching-pros = مزايا البديل
coaching-cons = عيوب البديل
coaching-alternative-add = إضافة بديل
coaching-alternative-remove = حذف البديل { $n }
coaching-first-step = الخطوة الأولى صباح الغد
coaching-next-goals = أهداف للجلسة القادمة
coaching-next-date = موعد الجلسة القادمة
coaching-observation-record = مشاهدة ميدانية
coaching-observer = المشاهِد
coaching-observation-notes = ما شوهد (تدوين وصفي)
coaching-feedback = التغذية الراجعة المقدَّمة
coaching-reflection = تأمّل، أثناء الجلسة أو بعدها مباشرة
coaching-notes = ملاحظات أخرى
coaching-tags = وسوم (مفصولة بفواصل)
coaching-year = السنة في لمحة
coaching-held = جلسة عُقدت
coaching-with-observation = جلسة مع مشاهدة
coaching-planned = جلسة مخطّطة
coaching-month = { $month } { $year }
coaching-month-1 = كانون الثاني
coaching-month-2 = شباط
coaching-month-3 = آذار
coaching-month-4 = نيسان
coaching-month-5 = أيار
coaching-month-6 = حزيران
coaching-month-7 = تموز
coaching-month-8 = آب
coaching-month-9 = أيلول
coaching-month-10 = تشرين الأول
coaching-month-11 = تشرين الثاني
coaching-month-12 = كانون الأول
coaching-calendar = جدول الجلسات
coaching-calendar-intro = احجزوا جلسات السنة منذ البداية، كل أربعة إلى ستة أسابيع، ساعتين إلى ثلاث لكل جلسة.
coaching-place = المكان
coaching-series-first = التاريخ الأول
coaching-series-weeks = كل كم أسبوعًا
coaching-series-count = كم جلسة
coaching-series-add = إضافة إلى الجدول
coaching-ics = تنزيل الجدول (‎.ics)
coaching-ics-title = جلسة توجيه · { $plan }
coaching-partnership = الشراكة
coaching-stage = المرحلة
coaching-stage-initiation = الانطلاق
coaching-stage-implementation = التطبيق
coaching-stage-institutionalisation = المأسسة
coaching-agreed = تاريخ الاتفاقات
coaching-no-people = أضيفوا القادة أولًا تحت «الأشخاص» في صفحة الخطة.
coaching-role-none = ليس في الشراكة
coaching-role-both = موجِّه ومتلقٍّ للتوجيه
coaching-role-coach = موجِّه
coaching-role-coachee = متلقٍّ للتوجيه
coaching-agreements = اتفاقات مرحلة الانطلاق
coaching-agreements-intro = ما يتفق عليه الشركاء قبل الجلسة الأولى.
coaching-agree-trust = الثقة والاحترام والسرّية
coaching-agree-regularity = انتظام اللقاءات
coaching-agree-commitment = الالتزام
coaching-agree-rigour = الدقّة والمنهجية
coaching-agree-documentation = ما يُوثَّق، وكيف
coaching-goals = الأهداف وخطط العمل
coaching-goals-intro = كل هدف يخصّ الزميل المتلقّي للتوجيه الذي وضعه، مع خطة عمل في الميدان.
coaching-goal-title = الهدف
coaching-goal-owner = صاحب الهدف (المتلقّي للتوجيه)
coaching-goal-due = التاريخ المستهدف
coaching-action-plan = خطة العمل
coaching-goal-done = تحقّق
coaching-goal-new = هدف جديد
coaching-goal-add = إضافة الهدف
coaching-goal-untitled = (هدف بلا عنوان)
coaching-goal-remove = حذف الهدف «{ $goal }»
coaching-search = بحث
coaching-search-text = كلمات
coaching-search-tag = وسم
coaching-search-goal = هدف
coaching-any-goal = (أي هدف)
coaching-search-from = من تاريخ
coaching-search-to = حتى تاريخ
coaching-found = { $count ->
    [one] نتيجة واحدة.
   *[other] { $count } نتائج.
}
coaching-found-session = جلسة
coaching-found-goal = هدف
coaching-found-observation = مشاهدة
coaching-found-reflection = تأمّل
coaching-export = تصدير الخطة
coaching-export-intro = سجلات التوجيه (توثيق الجلسات والأهداف والمشاهدات والتأمّلات) سرّية. يُسقطها التصدير إلا إذا حدّدتم المربّع.
coaching-include-notes = تضمين سجلات التوجيه السرّية
coaching-export-without = تصدير دون سجلات التوجيه
coaching-export-with = تصدير مع سجلات التوجيه
export-plan-title = تصدير الخطة
