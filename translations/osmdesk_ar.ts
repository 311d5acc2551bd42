<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>main</name>
    <message>
        <source>Manage Huawei Cloud support cases through the OSM API.</source>
        <translation>إدارة طلبات الدعم في Huawei Cloud عبر واجهة OSM البرمجية.</translation>
    </message>
    <message>
        <source>Run against the built-in OSM simulator.</source>
        <translation>التشغيل مع محاكي OSM المدمج.</translation>
    </message>
    <message>
        <source>Sign in with the account profile &lt;id&gt;.</source>
        <translation>تسجيل الدخول بملف تعريف الحساب &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Exit after the first page of cases has loaded (for tests).</source>
        <translation>الخروج بعد تحميل الصفحة الأولى من طلبات الدعم (للاختبارات).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de, ar) instead of the system&apos;s.</source>
        <extracomment>&lt;code&gt; stays as it is: it names the option&apos;s value on the command line.</extracomment>
        <translation>استخدام اللغة &lt;code&gt; (مثل zh_CN أو ja أو de أو ar) بدلًا من لغة النظام.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>لغة غير معروفة &quot;%1&quot;؛ اللغات المتاحة: %2.</translation>
    </message>
    <message>
        <source>A case to open: its id, or a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>طلب الدعم المراد فتحه: معرّفه، أو رابط مثل osmdesk://case/&lt;case id&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::AkSkAuthenticator</name>
    <message>
        <source>IAM did not name the account of this access key.</source>
        <translation>لم يُحدِّد IAM الحساب الذي ينتمي إليه مفتاح الوصول هذا.</translation>
    </message>
</context>
<context>
    <name>osm::CaseStatus</name>
    <message>
        <source>Pending acceptance</source>
        <translation>بانتظار القبول</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Result to be confirmed</source>
        <translation>بانتظار تأكيد النتيجة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>بانتظار الملاحظات</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>الحالة %1</translation>
    </message>
</context>
<context>
    <name>osm::CaseWriteSender</name>
    <message>
        <source>This queued change cannot be read. Discard it and make it again.</source>
        <translation>تعذّرت قراءة هذا التغيير الموجود في قائمة الانتظار. تجاهله وأجرِه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>osm::CreateCaseSender</name>
    <message>
        <source>A staged file of this case is missing.</source>
        <translation>أحد الملفات المجهّزة لطلب الدعم هذا مفقود.</translation>
    </message>
</context>
<context>
    <name>osm::CredentialStore</name>
    <message>
        <source>No secret is saved for this account. Enter it again in the account settings.</source>
        <translation>لا يوجد سرّ محفوظ لهذا الحساب. أدخله مرة أخرى في إعدادات الحساب.</translation>
    </message>
</context>
<context>
    <name>osm::Download</name>
    <message>
        <source>the folder does not exist.</source>
        <translation>المجلد غير موجود.</translation>
    </message>
    <message>
        <source>the file could not be created (%1).</source>
        <translation>تعذّر إنشاء الملف (%1).</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>تعذّرت الكتابة في الملف (%1).</translation>
    </message>
    <message>
        <source>the file could not be saved (%1).</source>
        <translation>تعذّر حفظ الملف (%1).</translation>
    </message>
</context>
<context>
    <name>osm::Endpoint</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>العنوان &quot;%1&quot; ليس عنوان URL صالحًا.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for &quot;%1&quot;.</source>
        <translation>لا يُسمح باستخدام http غير المشفّر إلا مع هذا الحاسوب (عنوان الاسترجاع)؛ استخدم https مع &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>يجب أن يبدأ العنوان بـ https://.</translation>
    </message>
</context>
<context>
    <name>osm::Error</name>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من اتصالك بالشبكة.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The app will keep trying when it is safe to.</source>
        <translation>لم يستجب الخادم في الوقت المحدد. سيواصل التطبيق المحاولة متى كان ذلك آمنًا.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>فشل الاتصال الآمن بالخادم: %1</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not read.</source>
        <translation>أرسل الخادم ردًّا لا يستطيع التطبيق قراءته.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid: %2</source>
        <extracomment>%1 is a parameter name as the API spells it, %2 says what is wrong with it</extracomment>
        <translation>قيمة &quot;%1&quot; غير صالحة: %2</translation>
    </message>
    <message>
        <source>The saved credentials could not be used: %1</source>
        <translation>تعذّر استخدام بيانات الاعتماد المحفوظة: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب المُرسَل إلى الخادم.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the account name, user name and password.</source>
        <translation>فشل تسجيل الدخول. تحقّق من اسم الحساب واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>The server refused the credentials of this account.</source>
        <translation>رفض الخادم بيانات اعتماد هذا الحساب.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <extracomment>%1 is the server&apos;s own error message, which may be in another language</extracomment>
        <translation>أبلغ الخادم عن خطأ: %1</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>طلبات كثيرة جدًّا إلى الخادم. سيعيد التطبيق المحاولة قريبًا.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>واجه الخادم مشكلة (HTTP %1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>فشل الطلب المُرسَل إلى الخادم (HTTP %1).</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(الرمز %1)</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(معرّف الطلب %1)</translation>
    </message>
    <message>
        <source>The connection was lost while the server was answering. Check whether the change was made before you try again.</source>
        <translation>انقطع الاتصال أثناء ردّ الخادم. تحقّق مما إذا كان التغيير قد نُفِّذ قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to be read safely and was refused.</source>
        <translation>رُفض ردّ الخادم لأنه كان أكبر من أن تُقرأ بأمان.</translation>
    </message>
</context>
<context>
    <name>osm::ErrorCatalog</name>
    <message>
        <source>The request was refused because a parameter is invalid.</source>
        <translation>رُفض الطلب لأن أحد المعاملات غير صالح.</translation>
    </message>
    <message>
        <source>You are not signed in, or your sign-in has expired.</source>
        <translation>لم تسجّل الدخول، أو انتهت صلاحية تسجيل دخولك.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>ليس لديك إذن بتنفيذ هذه العملية.</translation>
    </message>
    <message>
        <source>The case service had an internal error. Try again later.</source>
        <translation>حدث خطأ داخلي في خدمة طلبات الدعم. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>A parameter failed the server&apos;s validation.</source>
        <translation>لم يجتز أحد المعاملات تحقّق الخادم.</translation>
    </message>
    <message>
        <source>You do not have permission for this case.</source>
        <translation>ليس لديك إذن للوصول إلى طلب الدعم هذا.</translation>
    </message>
    <message>
        <source>You have urged this case too often. Wait a while before urging it again.</source>
        <translation>استعجلت طلب الدعم هذا مرات كثيرة. انتظر قليلًا قبل استعجاله مرة أخرى.</translation>
    </message>
    <message>
        <source>Today&apos;s attachment upload allowance is used up.</source>
        <translation>استُنفد الحد المسموح به لرفع المرفقات اليوم.</translation>
    </message>
    <message>
        <source>The selected severity does not exist.</source>
        <translation>درجة الخطورة المحددة غير موجودة.</translation>
    </message>
    <message>
        <source>A CC e-mail address is not valid.</source>
        <translation>أحد عناوين البريد الإلكتروني في حقل النسخة (CC) غير صالح.</translation>
    </message>
    <message>
        <source>Your support plan does not allow creating this case.</source>
        <translation>لا تسمح خطة الدعم الخاصة بك بإنشاء طلب الدعم هذا.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>فشل التحقق.</translation>
    </message>
    <message>
        <source>That case action is not supported (only cancel, close, urge and delete).</source>
        <translation>إجراء طلب الدعم هذا غير مدعوم (المدعوم فقط: الإلغاء والإغلاق والاستعجال والحذف).</translation>
    </message>
    <message>
        <source>The case does not exist, or you cannot see it.</source>
        <translation>طلب الدعم غير موجود، أو لا يمكنك رؤيته.</translation>
    </message>
    <message>
        <source>The bastion host (CBH) reported a failure.</source>
        <translation>أبلغ المضيف الحصين (CBH) عن فشل.</translation>
    </message>
    <message>
        <source>This case was created only a moment ago. Wait a while before urging it.</source>
        <translation>أُنشئ طلب الدعم هذا قبل لحظات فقط. انتظر قليلًا قبل استعجاله.</translation>
    </message>
    <message>
        <source>A verification code was sent less than a minute ago. Wait before asking for another.</source>
        <translation>أُرسل رمز تحقق قبل أقل من دقيقة. انتظر قبل طلب رمز آخر.</translation>
    </message>
    <message>
        <source>The case&apos;s current status does not allow this operation.</source>
        <translation>لا تسمح الحالة الحالية لطلب الدعم بهذه العملية.</translation>
    </message>
    <message>
        <source>You are not allowed to see cases of this group.</source>
        <translation>غير مسموح لك برؤية طلبات الدعم الخاصة بهذه المجموعة.</translation>
    </message>
    <message>
        <source>The maximum number of verification codes has been sent.</source>
        <translation>أُرسل الحد الأقصى من رموز التحقق.</translation>
    </message>
    <message>
        <source>Your case quota is used up.</source>
        <translation>استُنفدت حصتك من طلبات الدعم.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s limit of new cases.</source>
        <translation>بلغت الحد اليومي لطلبات الدعم الجديدة.</translation>
    </message>
    <message>
        <source>The label does not exist.</source>
        <translation>التسمية غير موجودة.</translation>
    </message>
    <message>
        <source>A label with this name already exists.</source>
        <translation>توجد تسمية بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>You already have 30 labels, the most allowed.</source>
        <translation>لديك بالفعل 30 تسمية، وهو الحد الأقصى المسموح به.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels.</source>
        <translation>يمكن أن يحمل طلب الدعم 5 تسميات على الأكثر.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases.</source>
        <translation>يمكن أن يكون لطلب الدعم 3 طلبات دعم مرتبطة على الأكثر.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>لا يمكن ربط طلب الدعم بنفسه.</translation>
    </message>
    <message>
        <source>The attachment is not valid.</source>
        <translation>المرفق غير صالح.</translation>
    </message>
    <message>
        <source>This authorization can only be changed while it is pending.</source>
        <translation>لا يمكن تغيير هذا التفويض إلا وهو قيد الانتظار.</translation>
    </message>
    <message>
        <source>The connection to the target host timed out.</source>
        <translation>انتهت مهلة الاتصال بالمضيف الهدف.</translation>
    </message>
    <message>
        <source>The signature was rejected. Check the access key (AK) and secret key (SK) of this account.</source>
        <translation>رُفض التوقيع. تحقّق من مفتاح الوصول (AK) والمفتاح السري (SK) لهذا الحساب.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many requests. The app will try again shortly.</source>
        <translation>طلبات كثيرة جدًّا إلى الخادم. سيعيد التطبيق المحاولة قريبًا.</translation>
    </message>
    <message>
        <source>The account name or password is wrong.</source>
        <translation>اسم الحساب أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The case service could not complete the operation. Try again later.</source>
        <translation>تعذّر على خدمة طلبات الدعم إكمال العملية. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>This authorization operation is not supported.</source>
        <translation>عملية التفويض هذه غير مدعومة.</translation>
    </message>
    <message>
        <source>The operation is not allowed.</source>
        <translation>العملية غير مسموح بها.</translation>
    </message>
    <message>
        <source>The source id does not exist.</source>
        <translation>معرّف المصدر غير موجود.</translation>
    </message>
    <message>
        <source>The selected problem type does not exist.</source>
        <translation>نوع المشكلة المحدد غير موجود.</translation>
    </message>
    <message>
        <source>The type is not valid.</source>
        <translation>النوع غير صالح.</translation>
    </message>
    <message>
        <source>The authorization item does not exist.</source>
        <translation>عنصر التفويض غير موجود.</translation>
    </message>
    <message>
        <source>The selected region does not exist.</source>
        <translation>المنطقة المحددة غير موجودة.</translation>
    </message>
</context>
<context>
    <name>osm::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets entered now are kept in memory only and will be forgotten when the app quits.</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>لا تتوفر سلسلة مفاتيح (%1). ستُحفظ الأسرار التي تُدخلها الآن في الذاكرة فقط، وستُنسى عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <extracomment>%1 is the keychain library&apos;s own error text</extracomment>
        <translation>رفضت سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The keychain entry of this account is not in a format the app understands. Enter the secret again.</source>
        <translation>مُدخل سلسلة المفاتيح لهذا الحساب بتنسيق لا يفهمه التطبيق. أدخل السرّ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>osm::MessageSender</name>
    <message>
        <source>A staged file of this message is missing.</source>
        <translation>أحد الملفات المجهّزة لهذه الرسالة مفقود.</translation>
    </message>
</context>
<context>
    <name>osm::MultipartBody</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>تعذّرت قراءة &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>osm::Site</name>
    <message>
        <source>Huawei Cloud (myhuaweicloud.com)</source>
        <extracomment>The endpoint listed in the OSM API reference (region cn-south-1)</extracomment>
        <translation>Huawei Cloud ‏(myhuaweicloud.com)</translation>
    </message>
    <message>
        <source>Huawei Cloud SDK endpoint (myhuaweicloud.cn)</source>
        <extracomment>The endpoint the official Huawei Cloud SDK uses for the same region</extracomment>
        <translation>نقطة نهاية Huawei Cloud SDK ‏(myhuaweicloud.cn)</translation>
    </message>
</context>
<context>
    <name>osm::TokenAuthenticator</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>ردّ IAM دون رمز مميز (token).</translation>
    </message>
</context>
<context>
    <name>osm::api::AccessoryLimitCheck</name>
    <message numerus="yes">
        <source>at most %n file(s) may be attached to one case or message.</source>
        <translation>
            <numerusform>لا يمكن إرفاق أي ملف بطلب دعم أو رسالة.</numerusform>
            <numerusform>يمكن إرفاق ملف واحد على الأكثر بطلب الدعم الواحد أو الرسالة الواحدة.</numerusform>
            <numerusform>يمكن إرفاق ملفين على الأكثر بطلب الدعم الواحد أو الرسالة الواحدة.</numerusform>
            <numerusform>يمكن إرفاق %n ملفات على الأكثر بطلب الدعم الواحد أو الرسالة الواحدة.</numerusform>
            <numerusform>يمكن إرفاق %n ملفًا على الأكثر بطلب الدعم الواحد أو الرسالة الواحدة.</numerusform>
            <numerusform>يمكن إرفاق %n ملف على الأكثر بطلب الدعم الواحد أو الرسالة الواحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>تتعذّر قراءة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>الملف &quot;%1&quot; فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a type of file that may be attached (allowed: %2).</source>
        <extracomment>%1 is a file name, %2 the list of allowed extensions</extracomment>
        <translation>&quot;%1&quot; ليس من أنواع الملفات المسموح بإرفاقها (المسموح بها: %2).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; an attachment may be at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its size in MB, %3 the largest size allowed in MB</extracomment>
        <translation>حجم &quot;%1&quot; هو %2 ميغابايت، والحد الأقصى لحجم المرفق %3 ميغابايت.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a ZIP archive.</source>
        <translation>تعذّرت قراءة &quot;%1&quot; كأرشيف ZIP.</translation>
    </message>
    <message>
        <source>“%1” unpacks to %2 MB; an archive may unpack to at most %3 MB.</source>
        <extracomment>%1 is a file name, %2 its unpacked size in MB, %3 the largest unpacked size allowed in MB</extracomment>
        <translation>يبلغ حجم &quot;%1&quot; بعد فك ضغطه %2 ميغابايت، والحد الأقصى لحجم الأرشيف بعد فك الضغط %3 ميغابايت.</translation>
    </message>
</context>
<context>
    <name>osm::api::Attachments</name>
    <message>
        <source>it must be “incident” (for a new case) or “message” (for a message).</source>
        <translation>يجب أن تكون &quot;incident&quot; (لطلب دعم جديد) أو &quot;message&quot; (لرسالة).</translation>
    </message>
    <message>
        <source>the file “%1” cannot be read.</source>
        <translation>تتعذّر قراءة الملف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an id may not contain a comma.</source>
        <translation>لا يجوز أن يحتوي المعرّف على فاصلة.</translation>
    </message>
</context>
<context>
    <name>osm::api::CaseWrites</name>
    <message>
        <source>its keys must be contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>يجب أن تكون مفاتيحها contactType أو remindCCEmail أو remindEncryptCCEmail أو isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>it must be IncidentService or IntelligentCustomerService.</source>
        <translation>يجب أن تكون IncidentService أو IntelligentCustomerService.</translation>
    </message>
    <message>
        <source>it must be 0, 1 or 2.</source>
        <translation>يجب أن تكون 0 أو 1 أو 2.</translation>
    </message>
</context>
<context>
    <name>osm::api::Configurations</name>
    <message>
        <source>it may not contain /, ? or #.</source>
        <translation>لا يجوز أن تحتوي على / أو ? أو #.</translation>
    </message>
</context>
<context>
    <name>osm::api::Feedback</name>
    <message>
        <source>it must be one of %1.</source>
        <translation>يجب أن تكون إحدى القيم التالية: %1.</translation>
    </message>
</context>
<context>
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>يجب أن تكون لونًا بالصيغة #RRGGBB، مثل #1E88E5.</translation>
    </message>
</context>
<context>
    <name>osm::api::Privileges</name>
    <message>
        <source>it must be one of export, createCase or assumeCaseAll.</source>
        <translation>يجب أن تكون إحدى القيم التالية: export أو createCase أو assumeCaseAll.</translation>
    </message>
</context>
<context>
    <name>osm::api::Relations</name>
    <message>
        <source>a case cannot be related to itself.</source>
        <translation>لا يمكن ربط طلب الدعم بنفسه.</translation>
    </message>
</context>
<context>
    <name>osm::api::Validator</name>
    <message>
        <source>a value is required.</source>
        <translation>القيمة مطلوبة.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n character(s) long.</source>
        <translation>
            <numerusform>يجب ألا يتجاوز طوله %n حرف.</numerusform>
            <numerusform>يجب ألا يتجاوز طوله حرفًا واحدًا.</numerusform>
            <numerusform>يجب ألا يتجاوز طوله حرفين.</numerusform>
            <numerusform>يجب ألا يتجاوز طوله %n أحرف.</numerusform>
            <numerusform>يجب ألا يتجاوز طوله %n حرفًا.</numerusform>
            <numerusform>يجب ألا يتجاوز طوله %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <translation>يجب أن تكون القيمة بين %1 و%2.</translation>
    </message>
    <message>
        <source>it must be one of %1.</source>
        <translation>يجب أن تكون إحدى القيم التالية: %1.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n value(s) may be given.</source>
        <translation>
            <numerusform>لا يُسمح بأي قيمة.</numerusform>
            <numerusform>يمكن تقديم قيمة واحدة على الأكثر.</numerusform>
            <numerusform>يمكن تقديم قيمتين على الأكثر.</numerusform>
            <numerusform>يمكن تقديم %n قيم على الأكثر.</numerusform>
            <numerusform>يمكن تقديم %n قيمةً على الأكثر.</numerusform>
            <numerusform>يمكن تقديم %n قيمة على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n value(s) must be given.</source>
        <translation>
            <numerusform>لا يلزم تقديم أي قيمة.</numerusform>
            <numerusform>يجب تقديم قيمة واحدة على الأقل.</numerusform>
            <numerusform>يجب تقديم قيمتين على الأقل.</numerusform>
            <numerusform>يجب تقديم %n قيم على الأقل.</numerusform>
            <numerusform>يجب تقديم %n قيمةً على الأقل.</numerusform>
            <numerusform>يجب تقديم %n قيمة على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must be a date and time written as yyyy-MM-dd HH:mm:ss.</source>
        <translation>يجب أن تكون تاريخًا ووقتًا بالصيغة yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>osm::api::VerifyCodes</name>
    <message>
        <source>it must be exactly 6 characters long.</source>
        <translation>يجب أن يكون طولها 6 أحرف بالضبط.</translation>
    </message>
</context>
<context>
    <name>osm::app::DemoMenu</name>
    <message>
        <source>The simulator cannot listen on port %1 again: another program took it.</source>
        <translation>لا يمكن للمحاكي الاستماع على المنفذ %1 مرة أخرى: فقد استخدمه برنامج آخر.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <extracomment>The menu of osmdesk --demo, which runs against the built-in simulator</extracomment>
        <translation>&amp;تجريبي</translation>
    </message>
    <message>
        <source>S&amp;top Simulator</source>
        <translation>إي&amp;قاف المحاكي</translation>
    </message>
    <message>
        <source>Take the built-in simulator away, as if the server could not be reached: OSM Desk works from what it saved and keeps your replies until the simulator is back</source>
        <translation>إزالة المحاكي المدمج كما لو تعذّر الوصول إلى الخادم: يعمل OSM Desk بما حفظه ويحتفظ بردودك حتى يعود المحاكي</translation>
    </message>
    <message>
        <source>&amp;Start Simulator</source>
        <translation>&amp;تشغيل المحاكي</translation>
    </message>
    <message>
        <source>Bring the built-in simulator back, with the same data</source>
        <translation>إعادة المحاكي المدمج بالبيانات نفسها</translation>
    </message>
</context>
<context>
    <name>osm::app::DesktopSession</name>
    <message>
        <source>The built-in simulator could not start.</source>
        <translation>تعذّر تشغيل المحاكي المدمج.</translation>
    </message>
    <message>
        <source>No account is set up yet. Start OSM Desk with --demo to try it with the built-in simulator.</source>
        <translation>لم يُعدّ أي حساب بعد. شغّل OSM Desk مع الخيار --demo لتجربته مع المحاكي المدمج.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>لا يوجد ملف تعريف حساب باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Welcome to OSM Desk. Set up the Huawei Cloud account whose support cases you want to work with. (To try OSM Desk without an account, start it with --demo.)</source>
        <translation>مرحبًا بك في OSM Desk. أعِدّ حساب Huawei Cloud الذي تريد العمل على طلبات الدعم الخاصة به. (لتجربة OSM Desk دون حساب، شغّله مع الخيار --demo.)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>تعذّر حفظ الحساب.</translation>
    </message>
    <message>
        <source>You have signed out and the stored secret was forgotten. Enter it again to sign in.</source>
        <translation>لقد سجّلت الخروج ونُسي السرّ المخزَّن. أدخله مرة أخرى لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>The data saved on this computer for this account could not be read, so OSM Desk started a new local database. Cases and messages are read again from the server.

The old file was kept here:
%1</source>
        <translation>تعذّرت قراءة البيانات المحفوظة على هذا الكمبيوتر لهذا الحساب، لذا أنشأ OSM Desk قاعدة بيانات محلية جديدة. ستُقرأ طلبات الدعم والرسائل من الخادم مرة أخرى.

احتُفظ بالملف القديم هنا:
%1</translation>
    </message>
</context>
<context>
    <name>osm::app::LaunchRequest</name>
    <message>
        <source>Expected at most one case, as a case id or as a link such as osmdesk://case/&lt;case id&gt;.</source>
        <translation>المتوقع طلب دعم واحد على الأكثر، بمعرّفه أو برابط مثل osmdesk://case/&lt;case id&gt;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgenciesCommands</name>
    <message>
        <source>The account&apos;s IAM agencies (delegations).</source>
        <translation>وكالات IAM الخاصة بالحساب (إنابة الصلاحيات).</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM agencies (5.11.1).</source>
        <translation>عرض قائمة وكالات IAM الخاصة بالحساب (5.11.1).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AgreementsCommands</name>
    <message>
        <source>0 new case, normal user (the default); 1 new case, ISV user; 2 authorization.</source>
        <translation>0 طلب دعم جديد، مستخدم عادي (الافتراضي)؛ 1 طلب دعم جديد، مستخدم ISV؛ 2 تفويض.</translation>
    </message>
    <message>
        <source>The agreements to sign before creating a case: published, signed-latest, sign.</source>
        <translation>الاتفاقيات الواجب توقيعها قبل إنشاء طلب دعم: published وsigned-latest وsign.</translation>
    </message>
    <message>
        <source>Show the latest published agreement of a type (5.1.1).</source>
        <translation>عرض أحدث اتفاقية منشورة من نوع معيّن (5.1.1).</translation>
    </message>
    <message>
        <source>Tell whether the account signed the latest agreement of a type (5.1.2).</source>
        <translation>معرفة ما إذا كان الحساب قد وقّع أحدث اتفاقية من نوع معيّن (5.1.2).</translation>
    </message>
    <message>
        <source>Sign a published agreement (5.1.3); prints the record id &quot;cases create&quot; takes as --agreement-signed-record-id.</source>
        <translation>توقيع اتفاقية منشورة (5.1.3)؛ يطبع معرّف السجل الذي يأخذه &quot;cases create&quot; في --agreement-signed-record-id.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id, as &quot;agreements published&quot; shows it (1-2147483647).</source>
        <translation>معرّف الاتفاقية، كما يعرضه &quot;agreements published&quot; (1-2147483647).</translation>
    </message>
    <message>
        <source>A relation id (1-32 characters).</source>
        <translation>معرّف علاقة (1-32 حرفًا).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AttachmentsCommands</name>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>تتعذّر قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>The IAM group, for an attachment of another member&apos;s case (at most 64 characters).</source>
        <translation>مجموعة IAM، لمرفق من طلب دعم يخص عضوًا آخر فيها (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Save as this file (replaced if it exists).</source>
        <translation>الحفظ في هذا الملف (يُستبدل إن كان موجودًا).</translation>
    </message>
    <message>
        <source>Save into this folder under the server&apos;s file name, made safe and unique (default: the current folder).</source>
        <translation>الحفظ في هذا المجلد باسم الملف على الخادم، بعد جعله آمنًا وفريدًا (الافتراضي: المجلد الحالي).</translation>
    </message>
    <message>
        <source>Attachments: upload, download, image, delete, limits, download links.</source>
        <translation>المرفقات: الرفع والتنزيل والصور والحذف والحدود وروابط التنزيل.</translation>
    </message>
    <message>
        <source>Upload a file for a new case or a message (5.5.1); prints its id.</source>
        <translation>رفع ملف لطلب دعم جديد أو لرسالة (5.5.1)؛ يطبع معرّفه.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>الملف المحلي المراد رفعه.</translation>
    </message>
    <message>
        <source>The name the server keeps (1-512 characters; default the file&apos;s own name).</source>
        <translation>الاسم الذي يحتفظ به الخادم (1-512 حرفًا؛ الافتراضي اسم الملف نفسه).</translation>
    </message>
    <message>
        <source>incident (for a new case, the default) or message.</source>
        <translation>incident (لطلب دعم جديد، الافتراضي) أو message.</translation>
    </message>
    <message>
        <source>0 (the default) or 1 (markdown mode).</source>
        <translation>0 (الافتراضي) أو 1 (وضع markdown).</translation>
    </message>
    <message>
        <source>Send the content Base64-encoded in a JSON body (5.5.2) instead of a streamed multipart upload; the file is read into memory.</source>
        <translation>إرسال المحتوى بترميز Base64 داخل نص JSON ‏(5.5.2) بدلًا من الرفع المتدفق متعدد الأجزاء (multipart)؛ يُقرأ الملف بالكامل في الذاكرة.</translation>
    </message>
    <message>
        <source>Download attachments (5.5.4); several come as one archive.</source>
        <translation>تنزيل المرفقات (5.5.4)؛ تصل المرفقات المتعددة في أرشيف واحد.</translation>
    </message>
    <message>
        <source>An attachment id (1-32 characters); 340 characters in all at most.</source>
        <translation>معرّف مرفق (1-32 حرفًا)؛ 340 حرفًا على الأكثر إجمالًا.</translation>
    </message>
    <message>
        <source>Download an image attachment as it is displayed (5.5.5).</source>
        <translation>تنزيل مرفق صورة كما يُعرض (5.5.5).</translation>
    </message>
    <message>
        <source>The attachment id (1-32 characters).</source>
        <translation>معرّف المرفق (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>Delete an uploaded attachment that no case or message uses yet (5.5.3).</source>
        <translation>حذف مرفق مرفوع لم يستخدمه أي طلب دعم أو رسالة بعد (5.5.3).</translation>
    </message>
    <message>
        <source>The attachment was deleted.</source>
        <translation>حُذف المرفق.</translation>
    </message>
    <message>
        <source>Show how many files, how large and of which types may be attached (5.5.6).</source>
        <translation>عرض عدد الملفات المسموح بإرفاقها وأحجامها وأنواعها (5.5.6).</translation>
    </message>
    <message>
        <source>Show temporary download links of attachments (5.2.1).</source>
        <translation>عرض روابط تنزيل مؤقتة للمرفقات (5.2.1).</translation>
    </message>
    <message>
        <source>An attachment id; 1-100.</source>
        <translation>معرّف مرفق؛ 1-100.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::AuthorizationsCommands</name>
    <message>
        <source>The authorization&apos;s id (1-32 characters).</source>
        <translation>معرّف التفويض (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The id of an item of the authorization (authorization_detail_id, a whole number ≥ 0).</source>
        <translation>معرّف عنصر من عناصر التفويض (authorization_detail_id، عدد صحيح ≥ 0).</translation>
    </message>
    <message>
        <source>The IAM group, for the authorizations of its other members (at most 64 characters).</source>
        <translation>مجموعة IAM، لعرض تفويضات أعضائها الآخرين (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>false: keep the rich-text markup of the description (default true: plain text).</source>
        <translation>false: الإبقاء على ترميز النص المنسّق في الوصف (الافتراضي true: نص عادي).</translation>
    </message>
    <message>
        <source>The bastion-host session&apos;s id (session_id, from &quot;sessions&quot;).</source>
        <translation>معرّف جلسة المضيف الحصين (session_id، من &quot;sessions&quot;).</translation>
    </message>
    <message>
        <source>0 newest first (default), 1 oldest first.</source>
        <translation>0 الأحدث أولًا (الافتراضي)، 1 الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Skip this many records (-1..65535, default 0).</source>
        <translation>عدد السجلات المراد تخطّيها (-1..65535، الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many records (-1..100, default 10).</source>
        <translation>الحد الأقصى لعدد السجلات (-1..100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>The host&apos;s password (1-10240 characters). A command line is visible to other local users: leave it out to take the password from the environment variable OSM_HOST_PASSWORD.</source>
        <translation>كلمة مرور المضيف (1-10240 حرفًا). سطر الأوامر مرئي للمستخدمين المحليين الآخرين: احذف هذا الخيار لتؤخذ كلمة المرور من متغير البيئة OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>--%1 expects epoch milliseconds or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>يتوقع --%1 قيمة بالمللي ثانية منذ بداية حقبة Unix أو وقتًا بتنسيق ISO 8601، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Agree from this time: epoch milliseconds or ISO 8601 (default now).</source>
        <translation>الموافقة بدءًا من هذا الوقت: بالمللي ثانية منذ بداية حقبة Unix أو بتنسيق ISO 8601 (الافتراضي الآن).</translation>
    </message>
    <message>
        <source>Agree until this time: epoch milliseconds or ISO 8601 (default a day later).</source>
        <translation>الموافقة حتى هذا الوقت: بالمللي ثانية منذ بداية حقبة Unix أو بتنسيق ISO 8601 (الافتراضي بعد يوم).</translation>
    </message>
    <message>
        <source>Access requests of support engineers: list, show, agree, reject, revoke, check hosts, bastion-host records.</source>
        <translation>طلبات الوصول من مهندسي الدعم: العرض والتفاصيل والموافقة والرفض والإبطال وفحص المضيفين وسجلات المضيف الحصين.</translation>
    </message>
    <message>
        <source>List the authorization requests, with every filter of the API (5.6.6).</source>
        <translation>عرض قائمة طلبات التفويض، مع كل عوامل التصفية التي توفرها الواجهة البرمجية (5.6.6).</translation>
    </message>
    <message>
        <source>Those of this sub-user name (at most 64 characters).</source>
        <translation>طلبات المستخدم الفرعي صاحب هذا الاسم (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Those of this case id (at most 32 characters).</source>
        <translation>طلبات طلب الدعم صاحب هذا المعرّف (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The status (-1..10): 0 pending, 1 agreed, 2 rejected, 3 expired, 4 withdrawn, 5 revoked.</source>
        <translation>الحالة (-1..10): 0 قيد الانتظار، 1 موافَق عليه، 2 مرفوض، 3 منتهي الصلاحية، 4 مسحوب، 5 مُبطَل.</translation>
    </message>
    <message>
        <source>A part of the case&apos;s description (at most 64 characters).</source>
        <translation>جزء من وصف طلب الدعم (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Skip this many requests (0-65535, default 0).</source>
        <translation>عدد الطلبات المراد تخطّيها (0-65535، الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many requests (1-100, default 10).</source>
        <translation>الحد الأقصى لعدد الطلبات (1-100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>Show an authorization request with its items (5.6.4).</source>
        <translation>عرض طلب تفويض مع عناصره (5.6.4).</translation>
    </message>
    <message>
        <source>Agree to an authorization request for a period (5.6.5).</source>
        <translation>الموافقة على طلب تفويض لفترة محددة (5.6.5).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>An item and what you supply for it: auth-detail-id=&lt;number&gt;[,port=&lt;1-65535&gt;][,account=&lt;text&gt;]; at most 6. An item with an account gets the password of OSM_HOST_PASSWORD.</source>
        <translation>عنصر وما تقدّمه له: auth-detail-id=&lt;رقم&gt;[,port=&lt;1-65535&gt;][,account=&lt;نص&gt;]؛ 6 على الأكثر. العنصر الذي يتضمن حسابًا يأخذ كلمة المرور من OSM_HOST_PASSWORD.</translation>
    </message>
    <message>
        <source>--auth-detail-list expects &quot;auth-detail-id=&lt;number&gt;[,port=&lt;number&gt;][,account=&lt;text&gt;]&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; auth-detail-id, port and account are typed as they are</extracomment>
        <translation>يتوقع --auth-detail-list الصيغة &quot;auth-detail-id=&lt;رقم&gt;[,port=&lt;رقم&gt;][,account=&lt;نص&gt;]&quot;، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Agree for this agency (at most 64 characters).</source>
        <translation>الموافقة لصالح هذه الوكالة (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The authorization was agreed.</source>
        <translation>تمت الموافقة على التفويض.</translation>
    </message>
    <message>
        <source>Reject a pending authorization request (5.6.2, action_id reject).</source>
        <translation>رفض طلب تفويض قيد الانتظار (5.6.2، action_id reject).</translation>
    </message>
    <message>
        <source>Why (1-300 characters).</source>
        <translation>السبب (1-300 حرف).</translation>
    </message>
    <message>
        <source>The authorization was rejected.</source>
        <translation>رُفض التفويض.</translation>
    </message>
    <message>
        <source>Revoke an agreed authorization (5.6.2, action_id cancel).</source>
        <translation>إبطال تفويض موافَق عليه (5.6.2، action_id cancel).</translation>
    </message>
    <message>
        <source>The authorization was revoked.</source>
        <translation>أُبطل التفويض.</translation>
    </message>
    <message>
        <source>Check a host item&apos;s port, account and password (5.6.1).</source>
        <translation>فحص منفذ عنصر مضيف وحسابه وكلمة مروره (5.6.1).</translation>
    </message>
    <message>
        <source>The host&apos;s port (1-65535).</source>
        <translation>منفذ المضيف (1-65535).</translation>
    </message>
    <message>
        <source>The host account (1-64 characters).</source>
        <translation>حساب المضيف (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>The port, account and password of the host are right.</source>
        <translation>منفذ المضيف وحسابه وكلمة مروره صحيحة.</translation>
    </message>
    <message>
        <source>Show how you signed in: ASSUMED, FEDERATION… (5.6.3).</source>
        <translation>عرض طريقة تسجيل دخولك: ASSUMED أو FEDERATION… (5.6.3).</translation>
    </message>
    <message>
        <source>List the bastion-host sessions on an authorized item (5.6.8).</source>
        <translation>عرض قائمة جلسات المضيف الحصين على عنصر مفوَّض (5.6.8).</translation>
    </message>
    <message>
        <source>List the commands run in a bastion-host session (5.6.7).</source>
        <translation>عرض قائمة الأوامر المنفّذة في جلسة المضيف الحصين (5.6.7).</translation>
    </message>
    <message>
        <source>List the file transfers of a bastion-host session (5.6.9).</source>
        <translation>عرض قائمة عمليات نقل الملفات في جلسة المضيف الحصين (5.6.9).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: الإبقاء على ترميز النص المنسّق في الأوصاف والرسائل (الافتراضي true: نص عادي).</translation>
    </message>
    <message>
        <source>List cases, with every filter of the API (5.11.9).</source>
        <translation>عرض قائمة طلبات الدعم، مع كل عوامل التصفية التي توفرها الواجهة البرمجية (5.11.9).</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters); at most 3.</source>
        <translation>كلمة مفتاحية من الوصف (64 حرفًا على الأكثر)؛ 3 على الأكثر.</translation>
    </message>
    <message>
        <source>A label id; at most 5.</source>
        <translation>معرّف تسمية؛ 5 على الأكثر.</translation>
    </message>
    <message>
        <source>Matches the case id or the description (at most 64 characters).</source>
        <translation>يطابق معرّف طلب الدعم أو الوصف (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>معرّف طلب الدعم (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Created at or after this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>أُنشئ في هذا الوقت أو بعده، yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Created at or before this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>أُنشئ في هذا الوقت أو قبله، yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>The status: 0, 1, 2, 3, 4, 12 or 17.</source>
        <translation>الحالة: 0 أو 1 أو 2 أو 3 أو 4 أو 12 أو 17.</translation>
    </message>
    <message>
        <source>A list of statuses, sent as given.</source>
        <translation>قائمة بالحالات، تُرسَل كما هي.</translation>
    </message>
    <message>
        <source>The cases of this sub-user id (at most 64 characters).</source>
        <translation>طلبات الدعم الخاصة بالمستخدم الفرعي صاحب هذا المعرّف (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The cases of this sub-user name (at most 64 characters).</source>
        <translation>طلبات الدعم الخاصة بالمستخدم الفرعي صاحب هذا الاسم (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>مجموعة IAM، لعرض طلبات الدعم الخاصة بأعضائها الآخرين (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Skip this many cases (0-65535, default 0).</source>
        <translation>عدد طلبات الدعم المراد تخطّيها (0-65535، الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many cases (0-100, default 10).</source>
        <translation>الحد الأقصى لعدد طلبات الدعم (0-100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>The product category id (at most 64 characters).</source>
        <translation>معرّف فئة المنتج (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The problem type id (at most 32 characters).</source>
        <translation>معرّف نوع المشكلة (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>معرّف النوع الفرعي لطلب الدعم (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The root cause (at most 32 characters).</source>
        <translation>السبب الجذري (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The service type of the case.</source>
        <translation>نوع خدمة طلب الدعم.</translation>
    </message>
    <message>
        <source>Show one case with all its details (5.11.4).</source>
        <translation>عرض طلب دعم واحد بكل تفاصيله (5.11.4).</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>معرّف طلب الدعم (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The IAM group, for a case of another member (at most 64 characters).</source>
        <translation>مجموعة IAM، لعرض طلب دعم يخص عضوًا آخر فيها (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Count the cases by status (5.11.3).</source>
        <translation>عدّ طلبات الدعم حسب الحالة (5.11.3).</translation>
    </message>
    <message>
        <source>Only this status: 0-4 or 13.</source>
        <translation>هذه الحالة فقط: 0-4 أو 13.</translation>
    </message>
    <message>
        <source>Show the status of a case (5.11.7).</source>
        <translation>عرض حالة طلب دعم (5.11.7).</translation>
    </message>
    <message>
        <source>List what was done on a case (5.11.5).</source>
        <translation>عرض سجل الإجراءات التي نُفّذت على طلب دعم (5.11.5).</translation>
    </message>
    <message>
        <source>Skip this many entries (0-65535).</source>
        <translation>عدد الإدخالات المراد تخطّيها (0-65535).</translation>
    </message>
    <message>
        <source>At most this many entries (1-100).</source>
        <translation>الحد الأقصى لعدد الإدخالات (1-100).</translation>
    </message>
    <message>
        <source>Show the CC e-mails used most recently (5.11.6).</source>
        <translation>عرض عناوين البريد الإلكتروني في حقل النسخة (CC) المستخدمة مؤخرًا (5.11.6).</translation>
    </message>
    <message>
        <source>--%1 expects KEY=VALUE or KEY:=JSON, not &quot;%2&quot;.</source>
        <translation>يتوقع --%1 الصيغة KEY=VALUE أو KEY:=JSON، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1: the value of %2 is not JSON.</source>
        <translation>--%1: قيمة %2 ليست JSON.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a JSON object.</source>
        <translation>--%1: &quot;%2&quot; ليس كائن JSON.</translation>
    </message>
    <message>
        <source>--%1 expects SATISFACTION_ID=VALUE (two whole numbers) or a JSON object, not &quot;%2&quot;.</source>
        <translation>يتوقع --%1 الصيغة SATISFACTION_ID=VALUE (عددان صحيحان) أو كائن JSON، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>KEY=VALUE sends the value as text, KEY:=JSON as a JSON value (a number, true, an object).</source>
        <translation>KEY=VALUE يرسل القيمة نصًّا، وKEY:=JSON يرسلها قيمة JSON (رقمًا أو true أو كائنًا).</translation>
    </message>
    <message>
        <source>A rating: SATISFACTION_ID=VALUE (the ids of &quot;osmctl config satisfaction-dimensions&quot;), or a JSON object with satisfaction_id, satisfaction_value and the other fields of IncidentSatisfactionV2Do; at most 100.</source>
        <translation>تقييم: SATISFACTION_ID=VALUE (المعرّفات من &quot;osmctl config satisfaction-dimensions&quot;)، أو كائن JSON يحتوي على satisfaction_id وsatisfaction_value وحقول IncidentSatisfactionV2Do الأخرى؛ 100 على الأكثر.</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs, create, act on (cancel, close, urge, delete), rate, export, contacts, additional parameters, regions.</source>
        <translation>طلبات الدعم: العرض والتفاصيل والعدّ والحالة والسجلات والإنشاء والإجراءات (الإلغاء والإغلاق والاستعجال والحذف) والتقييم والتصدير وبيانات الاتصال والمعاملات الإضافية والمناطق.</translation>
    </message>
    <message>
        <source>Create a case (5.3.5); prints its id.</source>
        <translation>إنشاء طلب دعم (5.3.5)؛ يطبع معرّفه.</translation>
    </message>
    <message>
        <source>The problem type id, from &quot;osmctl config problem-types&quot; (at most 512 characters).</source>
        <translation>معرّف نوع المشكلة، من &quot;osmctl config problem-types&quot; (512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The description of the problem (at most 2000 characters).</source>
        <translation>وصف المشكلة (2000 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>The case sub-type id, from &quot;osmctl config categories&quot; (at most 32 characters).</source>
        <translation>معرّف النوع الفرعي لطلب الدعم، من &quot;osmctl config categories&quot; (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The region id (at most 64 characters); needed when the problem type&apos;s case_type is 5.</source>
        <translation>معرّف المنطقة (64 حرفًا على الأكثر)؛ مطلوب عندما تكون قيمة case_type لنوع المشكلة 5.</translation>
    </message>
    <message>
        <source>The case source (at most 32 characters; default the fixed value the reference gives).</source>
        <translation>مصدر طلب الدعم (32 حرفًا على الأكثر؛ الافتراضي القيمة الثابتة الواردة في المرجع).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (at most 32 characters).</source>
        <translation>رقم الجوال للتذكيرات (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (at most 128 characters).</source>
        <translation>عنوان البريد الإلكتروني للتذكيرات (128 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>When reminders may come (at most 16 characters).</source>
        <translation>الوقت المسموح فيه بالتذكيرات (16 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The project id (at most 64 characters).</source>
        <translation>معرّف المشروع (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>An id &quot;osmctl attachments upload&quot; printed; at most 100.</source>
        <translation>معرّف طبعه &quot;osmctl attachments upload&quot;؛ 100 على الأكثر.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>مفتاح=قيمة</translation>
    </message>
    <message>
        <source>An additional parameter of the problem type (&quot;osmctl config extends-params&quot;); at most 100, keys at most 32 characters.</source>
        <translation>معامل إضافي لنوع المشكلة (&quot;osmctl config extends-params&quot;)؛ 100 على الأكثر، والمفاتيح 32 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>An extension parameter, such as remindCCEmail=a@example.org,b@example.org; at most 100, keys at most 32 characters.</source>
        <translation>معامل توسيع، مثل remindCCEmail=a@example.org,b@example.org؛ 100 على الأكثر، والمفاتيح 32 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The severity id, from &quot;osmctl config severities&quot; (at most 64 characters).</source>
        <translation>معرّف درجة الخطورة، من &quot;osmctl config severities&quot; (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The code sent to a contact that is not registered (&quot;osmctl verify send&quot;; at most 6 characters).</source>
        <translation>الرمز المُرسَل إلى جهة اتصال غير مسجّلة (&quot;osmctl verify send&quot;؛ 6 أحرف على الأكثر).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (at most 32 characters).</source>
        <translation>رمز الاتصال الدولي لرقم الجوال (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>IncidentService (a case) or IntelligentCustomerService (online service).</source>
        <translation>IncidentService (طلب دعم) أو IntelligentCustomerService (خدمة عبر الإنترنت).</translation>
    </message>
    <message>
        <source>A session id (at most 64 characters); at most 5.</source>
        <translation>معرّف جلسة (64 حرفًا على الأكثر)؛ 5 على الأكثر.</translation>
    </message>
    <message>
        <source>The record &quot;osmctl agreements sign&quot; printed.</source>
        <translation>السجل الذي طبعه &quot;osmctl agreements sign&quot;.</translation>
    </message>
    <message>
        <source>What the user said to the assistant to ask for a human (online service).</source>
        <translation>ما قاله المستخدم للمساعد لطلب موظف بشري (خدمة عبر الإنترنت).</translation>
    </message>
    <message>
        <source>The assistant the case comes from: 0, 1 or 2.</source>
        <translation>المساعد الذي جاء منه طلب الدعم: 0 أو 1 أو 2.</translation>
    </message>
    <message>
        <source>Cancel, close, urge or delete a case (5.3.8); a close may carry a rating.</source>
        <translation>إلغاء طلب دعم أو إغلاقه أو استعجاله أو حذفه (5.3.8)؛ يمكن أن يتضمن الإغلاق تقييمًا.</translation>
    </message>
    <message>
        <source>cancel, close, press (urge the engineers) or delete.</source>
        <translation>cancel أو close أو press (استعجال المهندسين) أو delete.</translation>
    </message>
    <message>
        <source>--action expects cancel, close, press or delete, not &quot;%1&quot;.</source>
        <translation>يتوقع --action القيمة cancel أو close أو press أو delete، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Why (at most 400 characters).</source>
        <translation>السبب (400 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>With close: a comment on how the case was handled (at most 400 characters).</source>
        <translation>مع close: تعليق على طريقة معالجة طلب الدعم (400 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>With close:</source>
        <translation>مع close:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Rate a case (5.3.6).</source>
        <translation>تقييم طلب دعم (5.3.6).</translation>
    </message>
    <message>
        <source>A comment on how the case was handled (at most 400 characters; default empty).</source>
        <translation>تعليق على طريقة معالجة طلب الدعم (400 حرف على الأكثر؛ الافتراضي فارغ).</translation>
    </message>
    <message>
        <source>The rating was sent.</source>
        <translation>أُرسل التقييم.</translation>
    </message>
    <message>
        <source>Export the cases matching the filters to a file (5.3.7); its language follows --language.</source>
        <translation>تصدير طلبات الدعم المطابقة لعوامل التصفية إلى ملف (5.3.7)؛ تتبع لغته الخيار --language.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>الملف المراد كتابته (يُستبدل إن كان موجودًا).</translation>
    </message>
    <message>
        <source>A case id; 3400 characters in all at most.</source>
        <translation>معرّف طلب دعم؛ 3400 حرف على الأكثر إجمالًا.</translation>
    </message>
    <message>
        <source>A keyword of the description (at most 64 characters).</source>
        <translation>كلمة مفتاحية من الوصف (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The user id (at most 64 characters).</source>
        <translation>معرّف المستخدم (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>A source id; at most 100.</source>
        <translation>معرّف مصدر؛ 100 على الأكثر.</translation>
    </message>
    <message>
        <source>The service type of the case (at most 32 characters).</source>
        <translation>نوع خدمة طلب الدعم (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s times, such as GMT+8 (at most 32 characters).</source>
        <translation>المنطقة الزمنية لأوقات الملف، مثل GMT+8 (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Skip this many cases (-1-65535).</source>
        <translation>عدد طلبات الدعم المراد تخطّيها (-1-65535).</translation>
    </message>
    <message>
        <source>At most this many cases (-1-100; -1: all).</source>
        <translation>الحد الأقصى لعدد طلبات الدعم (-1-100؛ -1: الكل).</translation>
    </message>
    <message>
        <source>Change who is reminded about a case, and how (5.3.1).</source>
        <translation>تغيير من يتلقى التذكيرات بشأن طلب دعم وطريقتها (5.3.1).</translation>
    </message>
    <message>
        <source>The telephone country code of the mobile number (1-32 characters).</source>
        <translation>رمز الاتصال الدولي لرقم الجوال (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The mobile number for reminders (1-32 characters).</source>
        <translation>رقم الجوال للتذكيرات (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The e-mail address for reminders (1-128 characters).</source>
        <translation>عنوان البريد الإلكتروني للتذكيرات (1-128 حرفًا).</translation>
    </message>
    <message>
        <source>When reminders may come (1-16 characters).</source>
        <translation>الوقت المسموح فيه بالتذكيرات (1-16 حرفًا).</translation>
    </message>
    <message>
        <source>contactType, remindCCEmail, remindEncryptCCEmail or isReceiveMsgRemind.</source>
        <translation>contactType أو remindCCEmail أو remindEncryptCCEmail أو isReceiveMsgRemind.</translation>
    </message>
    <message>
        <source>The contact information was changed.</source>
        <translation>غُيّرت معلومات الاتصال.</translation>
    </message>
    <message>
        <source>List the additional parameters given for a case (5.3.2).</source>
        <translation>عرض قائمة المعاملات الإضافية المقدَّمة لطلب دعم (5.3.2).</translation>
    </message>
    <message>
        <source>The case id (1-64 characters).</source>
        <translation>معرّف طلب الدعم (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>Give additional parameters for a case, as an engineer asked (5.3.3).</source>
        <translation>تقديم معاملات إضافية لطلب دعم، بناءً على طلب أحد المهندسين (5.3.3).</translation>
    </message>
    <message>
        <source>A parameter (the param_key of &quot;osmctl config extends-params&quot;); 1-100.</source>
        <translation>معامل (param_key من &quot;osmctl config extends-params&quot;)؛ 1-100.</translation>
    </message>
    <message>
        <source>The message that asked for them (1-64 characters).</source>
        <translation>الرسالة التي طلبتها (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>The additional parameters were sent.</source>
        <translation>أُرسلت المعاملات الإضافية.</translation>
    </message>
    <message>
        <source>List the regions associated with the account (5.3.4).</source>
        <translation>عرض قائمة المناطق المرتبطة بالحساب (5.3.4).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Cli</name>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Use this account profile of OSM Desk (its name or id); by default the active one.</source>
        <translation>استخدام ملف تعريف الحساب هذا من OSM Desk (اسمه أو معرّفه)؛ الافتراضي هو الملف النشط.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Send to this OSM endpoint, with the credentials from the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID, looked up when missing, and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>الإرسال إلى نقطة نهاية OSM هذه، باستخدام بيانات الاعتماد من متغيرات البيئة: OSM_AK وOSM_SK (واختياريًا OSM_DOMAIN_ID، الذي يُبحث عنه تلقائيًا إذا لم يُحدَّد، وOSM_SECURITY_TOKEN)، أو OSM_IAM_DOMAIN وOSM_IAM_USER وOSM_PASSWORD.</translation>
    </message>
    <message>
        <source>The IAM endpoint that goes with --endpoint; by default its site&apos;s, or --endpoint itself.</source>
        <translation>نقطة نهاية IAM المرافقة لـ --endpoint؛ الافتراضي نقطة نهاية IAM لموقعه، أو --endpoint نفسه.</translation>
    </message>
    <message>
        <source>Print the result as JSON, with the API&apos;s field names.</source>
        <translation>طباعة النتيجة بتنسيق JSON، بأسماء الحقول كما في الواجهة البرمجية.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example zh_CN, ja, de) instead of LANGUAGE or LANG.</source>
        <translation>استخدام اللغة &lt;رمز&gt; (مثل zh_CN أو ja أو de) بدلًا من LANGUAGE أو LANG.</translation>
    </message>
    <message>
        <source>Log each request on stderr (method, path, status, request id; never credentials).</source>
        <translation>تسجيل كل طلب مُرسَل إلى الخادم في stderr (الطريقة والمسار والحالة ومعرّف الطلب؛ دون بيانات الاعتماد أبدًا).</translation>
    </message>
    <message>
        <source>Show the help of osmctl, of a group or of a command.</source>
        <translation>عرض تعليمات osmctl أو مجموعة أو أمر.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>عرض الإصدار.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>خيار غير معروف --%1 للأمر &quot;%2 %3&quot;.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>خيار غير معروف --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>الخيار --%1 لا يأخذ قيمة.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>الخيار --%1 يحتاج إلى قيمة.</translation>
    </message>
    <message>
        <source>The option --%1 may be given only once.</source>
        <translation>لا يجوز تحديد الخيار --%1 إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>خيار غير معروف %1.</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot;.</source>
        <translation>مجموعة أوامر غير معروفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;.</source>
        <translation>لا يوجد في &quot;%1&quot; أمر باسم &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: values are given with options.</source>
        <translation>وسيط غير متوقع &quot;%1&quot;: تُمرَّر القيم عبر الخيارات.</translation>
    </message>
    <message>
        <source>Choose a command of &quot;%1&quot;.</source>
        <translation>اختر أمرًا من &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (option --%2)</source>
        <extracomment>%1 is a sentence saying what is wrong, %2 an option such as --limit</extracomment>
        <translation>%1 (الخيار --%2)</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 %2 --help&quot; for its options.</source>
        <translation>شغّل &quot;osmctl %1 %2 --help&quot; لعرض خيارات الأمر.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 --help&quot; for its commands.</source>
        <translation>شغّل &quot;osmctl %1 --help&quot; لعرض أوامر المجموعة.</translation>
    </message>
    <message>
        <source>Run &quot;osmctl --help&quot; for the command groups.</source>
        <translation>شغّل &quot;osmctl --help&quot; لعرض مجموعات الأوامر.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>Repeat the option for several values.</source>
        <translation>كرّر الخيار لتحديد عدة قيم.</translation>
    </message>
    <message>
        <source>Usage: osmctl [global options] &lt;group&gt; &lt;command&gt; [options]</source>
        <translation>الاستخدام: osmctl [الخيارات العامة] &lt;المجموعة&gt; &lt;الأمر&gt; [الخيارات]</translation>
    </message>
    <message>
        <source>Work with Huawei Cloud support cases through the OSM API, with the accounts of OSM Desk.</source>
        <translation>العمل على طلبات الدعم في Huawei Cloud عبر واجهة OSM البرمجية، باستخدام حسابات OSM Desk.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>مجموعات الأوامر:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>الخيارات العامة:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>رموز الخروج:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, refused before sending</source>
        <translation>خطأ في الاستخدام: أمر أو خيار غير معروف، أو قيمة غير صالحة، أو رفض قبل الإرسال</translation>
    </message>
    <message>
        <source>the API answered with an error (its error_code and request id are printed)</source>
        <translation>ردّت الواجهة البرمجية بخطأ (يُطبع error_code ومعرّف الطلب الخاصان به)</translation>
    </message>
    <message>
        <source>network, TLS or timeout: no answer</source>
        <translation>الشبكة أو TLS أو انتهاء المهلة: لا يوجد رد</translation>
    </message>
    <message>
        <source>authentication: credentials missing or rejected</source>
        <translation>المصادقة: بيانات الاعتماد مفقودة أو مرفوضة</translation>
    </message>
    <message>
        <source>Run &quot;osmctl &lt;group&gt; --help&quot; for a group&apos;s commands.</source>
        <translation>شغّل &quot;osmctl &lt;المجموعة&gt; --help&quot; لعرض أوامر المجموعة.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 &lt;command&gt; [options]</source>
        <translation>الاستخدام: osmctl %1 &lt;الأمر&gt; [الخيارات]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Run &quot;osmctl %1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>شغّل &quot;osmctl %1 &lt;الأمر&gt; --help&quot; لعرض خيارات الأمر.</translation>
    </message>
    <message>
        <source>Usage: osmctl %1 %2 [options]</source>
        <translation>الاستخدام: osmctl %1 %2 [الخيارات]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>لغة غير معروفة &quot;%1&quot;؛ اللغات المتاحة: %2.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigCommands</name>
    <message>
        <source>What a new case is built from: categories, problem types, templates, severities, regions, limits.</source>
        <translation>مكوّنات طلب الدعم الجديد: الفئات وأنواع المشكلات والقوالب ودرجات الخطورة والمناطق والحدود.</translation>
    </message>
    <message>
        <source>List the telephone country codes (5.8.1).</source>
        <translation>عرض قائمة رموز الاتصال الدولية للبلدان (5.8.1).</translation>
    </message>
    <message>
        <source>List the problem types (5.8.2).</source>
        <translation>عرض قائمة أنواع المشكلات (5.8.2).</translation>
    </message>
    <message>
        <source>Only those of this product category (1-64 characters).</source>
        <translation>ما يخص فئة المنتج هذه فقط (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>Only those of this case sub-type (at most 32 characters).</source>
        <translation>ما يخص هذا النوع الفرعي من طلبات الدعم فقط (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>List the additional parameters a problem type asks for (5.8.3).</source>
        <translation>عرض قائمة المعاملات الإضافية التي يطلبها نوع مشكلة (5.8.3).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>معرّف نوع المشكلة (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The case sub-type id (1-32 characters).</source>
        <translation>معرّف النوع الفرعي لطلب الدعم (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>معرّف فئة المنتج (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>List the description templates of a problem type (5.8.4).</source>
        <translation>عرض قائمة قوالب الوصف لنوع مشكلة (5.8.4).</translation>
    </message>
    <message>
        <source>List the case categories and sub-types (5.8.5).</source>
        <translation>عرض قائمة فئات طلبات الدعم وأنواعها الفرعية (5.8.5).</translation>
    </message>
    <message>
        <source>List the product categories (5.8.6).</source>
        <translation>عرض قائمة فئات المنتجات (5.8.6).</translation>
    </message>
    <message>
        <source>Only categories with this name (at most 64 characters).</source>
        <translation>الفئات التي تحمل هذا الاسم فقط (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>true: the exact name; false: names containing it (the server&apos;s default).</source>
        <translation>true: الاسم المطابق تمامًا؛ false: الأسماء التي تحتويه (الافتراضي لدى الخادم).</translation>
    </message>
    <message>
        <source>Only categories with this acronym (at most 64 characters).</source>
        <translation>الفئات التي تحمل هذا الاختصار فقط (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>List the regions (5.8.7).</source>
        <translation>عرض قائمة المناطق (5.8.7).</translation>
    </message>
    <message>
        <source>List the satisfaction scales of the case rating (5.8.8).</source>
        <translation>عرض قائمة مقاييس الرضا لتقييم طلب الدعم (5.8.8).</translation>
    </message>
    <message>
        <source>List the severities of a product category and problem type (5.8.9).</source>
        <translation>عرض قائمة درجات الخطورة لفئة منتج ونوع مشكلة (5.8.9).</translation>
    </message>
    <message>
        <source>Show the account&apos;s case limits (5.8.10).</source>
        <translation>عرض حدود طلبات الدعم الخاصة بالحساب (5.8.10).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::ConfigurationsCommands</name>
    <message>
        <source>Configuration items of the service, by key.</source>
        <translation>عناصر تهيئة الخدمة، حسب المفتاح.</translation>
    </message>
    <message>
        <source>Show a configuration item (5.14.1).</source>
        <translation>عرض عنصر تهيئة (5.14.1).</translation>
    </message>
    <message>
        <source>The item&apos;s key (1-128 characters), e.g. case.create-case.diagnose-list.</source>
        <translation>مفتاح العنصر (1-128 حرفًا)، مثل case.create-case.diagnose-list.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Connection</name>
    <message>
        <source>--endpoint needs credentials in the environment: OSM_AK and OSM_SK (optionally OSM_DOMAIN_ID and OSM_SECURITY_TOKEN), or OSM_IAM_DOMAIN, OSM_IAM_USER and OSM_PASSWORD.</source>
        <translation>يحتاج --endpoint إلى بيانات اعتماد في متغيرات البيئة: OSM_AK وOSM_SK (واختياريًا OSM_DOMAIN_ID وOSM_SECURITY_TOKEN)، أو OSM_IAM_DOMAIN وOSM_IAM_USER وOSM_PASSWORD.</translation>
    </message>
    <message>
        <source>No account profile is set up. Add one in OSM Desk, or use --endpoint with credentials in the environment (see --help).</source>
        <translation>لم يُعدّ أي ملف تعريف حساب. أضف واحدًا في OSM Desk، أو استخدم --endpoint مع بيانات الاعتماد في متغيرات البيئة (راجع --help).</translation>
    </message>
    <message>
        <source>Several account profiles are called &quot;%1&quot;; give the profile&apos;s id instead.</source>
        <translation>توجد عدة ملفات تعريف حسابات باسم &quot;%1&quot;؛ حدّد معرّف الملف بدلًا من اسمه.</translation>
    </message>
    <message>
        <source>There is no account profile &quot;%1&quot;.</source>
        <translation>لا يوجد ملف تعريف حساب باسم &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::CustomersCommands</name>
    <message>
        <source>The account&apos;s IAM users (sub-customers), contacts anonymised.</source>
        <translation>مستخدمو IAM الخاصون بالحساب (العملاء الفرعيون)، مع إخفاء هوية بيانات الاتصال.</translation>
    </message>
    <message>
        <source>List the account&apos;s IAM users (5.11.10).</source>
        <translation>عرض قائمة مستخدمي IAM الخاصين بالحساب (5.11.10).</translation>
    </message>
    <message>
        <source>Only users with this name (at most 64 characters).</source>
        <translation>المستخدمون الذين يحملون هذا الاسم فقط (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Only the user with this id (at most 64 characters).</source>
        <translation>المستخدم صاحب هذا المعرّف فقط (64 حرفًا على الأكثر).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::DiagnoseCommands</name>
    <message>
        <source>The diagnosis: 1 ECS, 2 RDS, 3 remote login, 4 network health.</source>
        <translation>التشخيص: 1 ECS، 2 RDS، 3 تسجيل الدخول عن بُعد، 4 سلامة الشبكة.</translation>
    </message>
    <message>
        <source>The region (region_id), e.g. cn-south-1.</source>
        <translation>المنطقة (region_id)، مثل cn-south-1.</translation>
    </message>
    <message>
        <source>The diagnosis job&apos;s id (at most 64 characters).</source>
        <translation>معرّف مهمة التشخيص (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>One-click diagnosis: pick a VM, start a diagnosis, follow it, read its advice, past diagnoses.</source>
        <translation>التشخيص بنقرة واحدة: اختيار جهاز افتراضي، وبدء تشخيص، ومتابعته، وقراءة توصياته، والتشخيصات السابقة.</translation>
    </message>
    <message>
        <source>List the VMs of a project that can be diagnosed (5.15.6).</source>
        <translation>عرض قائمة الأجهزة الافتراضية في مشروع يمكن تشخيصها (5.15.6).</translation>
    </message>
    <message>
        <source>The project id.</source>
        <translation>معرّف المشروع.</translation>
    </message>
    <message>
        <source>Only the VMs of this region.</source>
        <translation>الأجهزة الافتراضية في هذه المنطقة فقط.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>الصفحة، بدءًا من 1 (الافتراضي 1).</translation>
    </message>
    <message>
        <source>VMs per page (1-100, default 5).</source>
        <translation>عدد الأجهزة الافتراضية في الصفحة (1-100، الافتراضي 5).</translation>
    </message>
    <message>
        <source>Only the VM with this id.</source>
        <translation>الجهاز الافتراضي صاحب هذا المعرّف فقط.</translation>
    </message>
    <message>
        <source>Only the VM with this IP address.</source>
        <translation>الجهاز الافتراضي صاحب عنوان IP هذا فقط.</translation>
    </message>
    <message>
        <source>Only the VMs whose name contains this.</source>
        <translation>الأجهزة الافتراضية التي يحتوي اسمها على هذا النص فقط.</translation>
    </message>
    <message>
        <source>Start a diagnosis; prints its job_id (5.15.5).</source>
        <translation>بدء تشخيص؛ يطبع job_id الخاص به (5.15.5).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>مفتاح=قيمة</translation>
    </message>
    <message>
        <source>What to diagnose: vm_id=&lt;id&gt; or eip=&lt;address&gt; (ECS, remote login), instanceId=&lt;id&gt; (RDS).</source>
        <translation>ما يُراد تشخيصه: vm_id=&lt;معرّف&gt; أو eip=&lt;عنوان&gt; (ECS، تسجيل الدخول عن بُعد)، instanceId=&lt;معرّف&gt; (RDS).</translation>
    </message>
    <message>
        <source>--params expects key=value, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; key=value is typed as it is</extracomment>
        <translation>يتوقع --params الصيغة key=value، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show how far a diagnosis got, item by item (5.15.3).</source>
        <translation>عرض مدى تقدّم التشخيص، عنصرًا عنصرًا (5.15.3).</translation>
    </message>
    <message>
        <source>Show the findings and advice of checks of a diagnosis (5.15.2).</source>
        <translation>عرض نتائج فحوص التشخيص وتوصياتها (5.15.2).</translation>
    </message>
    <message>
        <source>A check id (at most 64 characters); at most 100.</source>
        <translation>معرّف فحص (64 حرفًا على الأكثر)؛ 100 على الأكثر.</translation>
    </message>
    <message>
        <source>List past diagnoses, newest first (5.15.4).</source>
        <translation>عرض قائمة التشخيصات السابقة، الأحدث أولًا (5.15.4).</translation>
    </message>
    <message>
        <source>Diagnoses per page (1-100, default 10).</source>
        <translation>عدد التشخيصات في الصفحة (1-100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>The diagnosis: 1 ECS (default), 2 RDS, 3 remote login, 4 network health.</source>
        <translation>التشخيص: 1 ECS (الافتراضي)، 2 RDS، 3 تسجيل الدخول عن بُعد، 4 سلامة الشبكة.</translation>
    </message>
    <message>
        <source>Say whether your latest diagnosis of a type helped (5.15.1).</source>
        <translation>الإفادة بما إذا كان أحدث تشخيص أجريته من نوع معيّن مفيدًا (5.15.1).</translation>
    </message>
    <message>
        <source>Whether it helped.</source>
        <translation>هل كان مفيدًا.</translation>
    </message>
    <message>
        <source>Your comment (at most 10000 characters).</source>
        <translation>تعليقك (10000 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Thank you: the feedback was sent.</source>
        <translation>شكرًا لك: أُرسلت الملاحظات.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FeedbackCommands</name>
    <message>
        <source>Report an intellectual-property infringement or illegal information on Huawei Cloud.</source>
        <translation>الإبلاغ عن انتهاك للملكية الفكرية أو عن معلومات غير قانونية على Huawei Cloud.</translation>
    </message>
    <message>
        <source>Report an infringement or illegal information (5.16.1).</source>
        <translation>الإبلاغ عن انتهاك أو معلومات غير قانونية (5.16.1).</translation>
    </message>
    <message>
        <source>What is reported: infringement or illegal.</source>
        <translation>موضوع البلاغ: infringement أو illegal.</translation>
    </message>
    <message>
        <source>&quot;&lt;product or service&gt;; &lt;website URL&gt;&quot; (at most 2048 characters).</source>
        <translation>&quot;&lt;المنتج أو الخدمة&gt;; &lt;عنوان URL للموقع&gt;&quot; (2048 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>What is reported (1-5000 characters).</source>
        <translation>موضوع البلاغ (1-5000 حرف).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); 1-3.</source>
        <translation>معرّف مرفق مرفوع (1-32 حرفًا)؛ 1-3.</translation>
    </message>
    <message>
        <source>For illegal information: sex breach, gamble breach, policy breach, fraud breach, virtual currency breach, proxy server breach, ICP undocumented, sensitive message, violent terror, rumour, insulting heroes, religion, harm minors, cyberattack or spam.</source>
        <translation>للمعلومات غير القانونية: sex breach أو gamble breach أو policy breach أو fraud breach أو virtual currency breach أو proxy server breach أو ICP undocumented أو sensitive message أو violent terror أو rumour أو insulting heroes أو religion أو harm minors أو cyberattack أو spam.</translation>
    </message>
    <message>
        <source>The reported party or merchant (at most 255 characters).</source>
        <translation>الطرف أو التاجر المُبلَّغ عنه (255 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The infringing product or service (at most 255 characters).</source>
        <translation>المنتج أو الخدمة المنتهِكة (255 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The infringed right (ip.ip_type, required for infringement): copyright, trademark, patent or other.</source>
        <translation>الحق المنتهَك (ip.ip_type، مطلوب للانتهاك): copyright أو trademark أو patent أو other.</translation>
    </message>
    <message>
        <source>Where the right is registered (ip.ip_area, at most 128 characters).</source>
        <translation>مكان تسجيل الحق (ip.ip_area، 128 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The registration or application number (ip.ip_number, at most 512 characters).</source>
        <translation>رقم التسجيل أو الطلب (ip.ip_number، 512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The right, in short (ip.ip_content, required for infringement, at most 5000 characters).</source>
        <translation>الحق باختصار (ip.ip_content، مطلوب للانتهاك، 5000 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>An attachment id proving the right (ip.ip_files); at most 3.</source>
        <translation>معرّف مرفق يثبت الحق (ip.ip_files)؛ 3 على الأكثر.</translation>
    </message>
    <message>
        <source>Your name (contacts.name, required for infringement, at most 512 characters).</source>
        <translation>اسمك (contacts.name، مطلوب للانتهاك، 512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Your mobile number (contacts.mobile, required for infringement, at most 32 characters).</source>
        <translation>رقم جوالك (contacts.mobile، مطلوب للانتهاك، 32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Your e-mail address (contacts.mail, required for infringement, at most 128 characters).</source>
        <translation>عنوان بريدك الإلكتروني (contacts.mail، مطلوب للانتهاك، 128 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Your country or region (contacts.area, at most 128 characters).</source>
        <translation>بلدك أو منطقتك (contacts.area، 128 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Your address (contacts.address, at most 512 characters).</source>
        <translation>عنوانك (contacts.address، 512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Who reports (contacts.id_type): 10 enterprise, 20 individual, 21 authorized agent, 22 lawyer, 23 right owner.</source>
        <translation>صفة المُبلِّغ (contacts.id_type): 10 مؤسسة، 20 فرد، 21 وكيل مفوَّض، 22 محامٍ، 23 صاحب الحق.</translation>
    </message>
    <message>
        <source>Your company (contacts.company_name, at most 512 characters).</source>
        <translation>شركتك (contacts.company_name، 512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>An attachment id proving your identity (contacts.id_files); at most 3.</source>
        <translation>معرّف مرفق يثبت هويتك (contacts.id_files)؛ 3 على الأكثر.</translation>
    </message>
    <message>
        <source>Another way to reach you (contacts.other_way, at most 512 characters).</source>
        <translation>طريقة أخرى للتواصل معك (contacts.other_way، 512 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>An attachment id proving your authorisation (contacts.authorization_files); at most 3.</source>
        <translation>معرّف مرفق يثبت تفويضك (contacts.authorization_files)؛ 3 على الأكثر.</translation>
    </message>
    <message>
        <source>The report was sent.</source>
        <translation>أُرسل البلاغ.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::FileTransfer</name>
    <message>
        <source>Uploading: %1 of %2</source>
        <extracomment>%1 and %2 are sizes such as &quot;1.5 MB&quot;</extracomment>
        <translation>جارٍ الرفع: %1 من %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>جارٍ التنزيل: %1 من %2</translation>
    </message>
    <message>
        <source>Uploading: %1</source>
        <extracomment>%1 is a size such as &quot;1.5 MB&quot;</extracomment>
        <translation>جارٍ الرفع: %1</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>جارٍ التنزيل: %1</translation>
    </message>
    <message>
        <source>give either --output or --dir, not both.</source>
        <translation>حدّد --output أو --dir، وليس كليهما.</translation>
    </message>
    <message>
        <source>it is a folder; use --dir for a folder.</source>
        <translation>إنه مجلد؛ استخدم --dir للمجلد.</translation>
    </message>
    <message>
        <source>its folder does not exist.</source>
        <translation>مجلده غير موجود.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>المجلد غير موجود.</translation>
    </message>
    <message>
        <source>the file could not be written; the download was kept as %1.</source>
        <translation>تعذّرت الكتابة في الملف؛ حُفظ التنزيل باسم %1.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::LabelsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>معرّف طلب الدعم (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>A label id (0 or more); 1-5 labels.</source>
        <translation>معرّف تسمية (0 أو أكثر)؛ 1-5 تسميات.</translation>
    </message>
    <message>
        <source>The account&apos;s case labels (at most 30) and the labels of a case (at most 5).</source>
        <translation>تسميات طلبات الدعم الخاصة بالحساب (30 على الأكثر) وتسميات طلب دعم معيّن (5 على الأكثر).</translation>
    </message>
    <message>
        <source>List the account&apos;s labels (5.9.2).</source>
        <translation>عرض قائمة تسميات الحساب (5.9.2).</translation>
    </message>
    <message>
        <source>Skip this many labels (0-2147483647, default 0).</source>
        <translation>عدد التسميات المراد تخطّيها (0-2147483647، الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many labels (0-100, default 10).</source>
        <translation>الحد الأقصى لعدد التسميات (0-100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>Labels whose name contains this (at most 64 characters).</source>
        <translation>التسميات التي يحتوي اسمها على هذا النص (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Only the label with this id (0-2147483647).</source>
        <translation>التسمية صاحبة هذا المعرّف فقط (0-2147483647).</translation>
    </message>
    <message>
        <source>Create a label (5.9.1).</source>
        <translation>إنشاء تسمية (5.9.1).</translation>
    </message>
    <message>
        <source>The label&apos;s name (1-64 characters, unique).</source>
        <translation>اسم التسمية (1-64 حرفًا، فريد).</translation>
    </message>
    <message>
        <source>The label&apos;s colour, #RRGGBB.</source>
        <translation>لون التسمية، #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was created.</source>
        <translation>أُنشئت التسمية.</translation>
    </message>
    <message>
        <source>Rename or recolour a label (5.9.4).</source>
        <translation>تغيير اسم تسمية أو لونها (5.9.4).</translation>
    </message>
    <message>
        <source>The label&apos;s id.</source>
        <translation>معرّف التسمية.</translation>
    </message>
    <message>
        <source>The new name (1-64 characters).</source>
        <translation>الاسم الجديد (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>The new colour, #RRGGBB.</source>
        <translation>اللون الجديد، #RRGGBB.</translation>
    </message>
    <message>
        <source>The label was updated.</source>
        <translation>حُدّثت التسمية.</translation>
    </message>
    <message>
        <source>Delete a label; it is removed from every case (5.9.3).</source>
        <translation>حذف تسمية؛ وتُزال من كل طلبات الدعم (5.9.3).</translation>
    </message>
    <message>
        <source>The label was deleted.</source>
        <translation>حُذفت التسمية.</translation>
    </message>
    <message>
        <source>List the labels of a case (5.9.5).</source>
        <translation>عرض قائمة تسميات طلب دعم (5.9.5).</translation>
    </message>
    <message>
        <source>Add labels to a case (5.9.6).</source>
        <translation>إضافة تسميات إلى طلب دعم (5.9.6).</translation>
    </message>
    <message>
        <source>The labels were added to the case.</source>
        <translation>أُضيفت التسميات إلى طلب الدعم.</translation>
    </message>
    <message>
        <source>Remove labels from a case (5.9.7).</source>
        <translation>إزالة تسميات من طلب دعم (5.9.7).</translation>
    </message>
    <message>
        <source>The labels were removed from the case.</source>
        <translation>أُزيلت التسميات من طلب الدعم.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::MessagesCommands</name>
    <message>
        <source>false: keep the rich-text markup of the messages (default true: plain text).</source>
        <translation>false: الإبقاء على ترميز النص المنسّق في الرسائل (الافتراضي true: نص عادي).</translation>
    </message>
    <message>
        <source>The IAM group, for the cases of its other members (at most 64 characters).</source>
        <translation>مجموعة IAM، لعرض طلبات الدعم الخاصة بأعضائها الآخرين (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>A case id; 1-100 cases.</source>
        <translation>معرّف طلب دعم؛ 1-100 طلب دعم.</translation>
    </message>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>معرّف طلب الدعم (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The messages of cases: list, send, withdraw, mark read, unread counts, instant-message poll.</source>
        <translation>رسائل طلبات الدعم: العرض والإرسال والسحب ووضع علامة مقروءة وعدد غير المقروءة واستطلاع الرسائل الفورية.</translation>
    </message>
    <message>
        <source>List the messages of a case (5.10.5).</source>
        <translation>عرض قائمة رسائل طلب دعم (5.10.5).</translation>
    </message>
    <message>
        <source>Skip this many messages (0-65535).</source>
        <translation>عدد الرسائل المراد تخطّيها (0-65535).</translation>
    </message>
    <message>
        <source>At most this many messages (0-100).</source>
        <translation>الحد الأقصى لعدد الرسائل (0-100).</translation>
    </message>
    <message>
        <source>Count the unread messages of cases (5.10.2).</source>
        <translation>عدّ الرسائل غير المقروءة في طلبات الدعم (5.10.2).</translation>
    </message>
    <message>
        <source>New messages and status changes of cases since a cursor (5.10.7).</source>
        <translation>الرسائل الجديدة وتغييرات حالة طلبات الدعم منذ مؤشر معيّن (5.10.7).</translation>
    </message>
    <message>
        <source>The cursor the previous poll returned (last_message_time_id).</source>
        <translation>المؤشر الذي أعاده الاستطلاع السابق (last_message_time_id).</translation>
    </message>
    <message>
        <source>List the messages before the oldest one loaded so far (5.10.6).</source>
        <translation>عرض الرسائل السابقة لأقدم رسالة حُمّلت حتى الآن (5.10.6).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>The create_time of the oldest message loaded: epoch milliseconds or an ISO 8601 time.</source>
        <translation>قيمة create_time لأقدم رسالة محمّلة: بالمللي ثانية منذ بداية حقبة Unix أو وقت بتنسيق ISO 8601.</translation>
    </message>
    <message>
        <source>--create-time expects epoch milliseconds or an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>يتوقع --create-time قيمة بالمللي ثانية منذ بداية حقبة Unix أو وقتًا بتنسيق ISO 8601، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The type of that message: 0 customer, 1 customer service (default 0).</source>
        <translation>نوع تلك الرسالة: 0 للعميل، 1 لخدمة العملاء (الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many messages (1-100, default 10).</source>
        <translation>الحد الأقصى لعدد الرسائل (1-100، الافتراضي 10).</translation>
    </message>
    <message>
        <source>Send a message on a case (5.10.3).</source>
        <translation>إرسال رسالة في طلب دعم (5.10.3).</translation>
    </message>
    <message>
        <source>The message (at most 10000 characters).</source>
        <translation>نص الرسالة (10000 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>An uploaded attachment&apos;s id (1-32 characters); at most 10.</source>
        <translation>معرّف مرفق مرفوع (1-32 حرفًا)؛ 10 على الأكثر.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>أُرسلت الرسالة.</translation>
    </message>
    <message>
        <source>Withdraw a message you sent (5.10.4).</source>
        <translation>سحب رسالة أرسلتها (5.10.4).</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>معرّف الرسالة.</translation>
    </message>
    <message>
        <source>The message was withdrawn.</source>
        <translation>سُحبت الرسالة.</translation>
    </message>
    <message>
        <source>Mark the messages of a case read (5.10.1).</source>
        <translation>وضع علامة مقروءة على رسائل طلب دعم (5.10.1).</translation>
    </message>
    <message>
        <source>The messages were marked read.</source>
        <translation>وُضعت علامة مقروءة على الرسائل.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::OptionValue</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name such as --offset, %2 the value given</extracomment>
        <translation>يتوقع --%1 عددًا صحيحًا، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 expects true or false, not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 the value given; &quot;true&quot; and &quot;false&quot; are typed as they are</extracomment>
        <translation>يتوقع --%1 القيمة true أو false، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>الخيار --%1 مطلوب.</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>the value of an option in the help: --group-id &lt;text&gt;</extracomment>
        <translation>نص</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the value of an option in the help: --offset &lt;number&gt;</extracomment>
        <translation>عدد</translation>
    </message>
</context>
<context>
    <name>osm::ctl::Output</name>
    <message numerus="yes">
        <source>%1 (%n):</source>
        <extracomment>a heading over a table; %1 is the API&apos;s field name, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
            <numerusform>%1 (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ctl::PartnersCommands</name>
    <message>
        <source>Partners: whether you may process cases, and a partner&apos;s service hours.</source>
        <translation>الشركاء: هل يمكنك معالجة طلبات الدعم، وساعات خدمة الشريك.</translation>
    </message>
    <message>
        <source>Show whether the caller, as a partner, may process cases (5.11.2).</source>
        <translation>عرض ما إذا كان المستدعي، بصفته شريكًا، يستطيع معالجة طلبات الدعم (5.11.2).</translation>
    </message>
    <message>
        <source>Show the service hours of the partner of a product or case (5.11.8).</source>
        <translation>عرض ساعات خدمة الشريك المسؤول عن منتج أو طلب دعم (5.11.8).</translation>
    </message>
    <message>
        <source>The case sub-type id (at most 32 characters).</source>
        <translation>معرّف النوع الفرعي لطلب الدعم (32 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The ISV product id (at most 64 characters).</source>
        <translation>معرّف منتج ISV (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The case id (at most 32 characters).</source>
        <translation>معرّف طلب الدعم (32 حرفًا على الأكثر).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::PrivilegesCommands</name>
    <message>
        <source>The privilege: export (export cases), createCase (create cases) or assumeCaseAll (case work of a delegated account).</source>
        <translation>الامتياز: export (تصدير طلبات الدعم) أو createCase (إنشاء طلبات الدعم) أو assumeCaseAll (العمل على طلبات دعم حساب مُنيب).</translation>
    </message>
    <message>
        <source>Case privileges: the restrictions of sub-users and whether you hold a privilege.</source>
        <translation>امتيازات طلبات الدعم: قيود المستخدمين الفرعيين ومعرفة ما إذا كنت تملك امتيازًا.</translation>
    </message>
    <message>
        <source>Show whether the restriction of a privilege is switched on (5.4.1).</source>
        <translation>عرض ما إذا كان تقييد امتياز مفعّلًا (5.4.1).</translation>
    </message>
    <message>
        <source>Show whether you hold a privilege: has_privilege 1 or 0 (5.4.2).</source>
        <translation>عرض ما إذا كنت تملك امتيازًا: has_privilege 1 أو 0 (5.4.2).</translation>
    </message>
    <message>
        <source>Switch the restriction of a privilege on (create) or off (delete) (5.4.3).</source>
        <translation>تفعيل تقييد امتياز (create) أو إيقافه (delete) (5.4.3).</translation>
    </message>
    <message>
        <source>create switches the restriction on, delete switches it off.</source>
        <translation>create يفعّل التقييد، وdelete يوقفه.</translation>
    </message>
    <message>
        <source>--operation expects create or delete, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given; &quot;create&quot; and &quot;delete&quot; are typed as they are</extracomment>
        <translation>يتوقع --operation القيمة create أو delete، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The privilege setting was saved.</source>
        <translation>حُفظ إعداد الامتياز.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::QuotasCommands</name>
    <message>
        <source>How many cases of a problem type may still be created.</source>
        <translation>عدد طلبات الدعم التي لا يزال ممكنًا إنشاؤها لنوع مشكلة.</translation>
    </message>
    <message>
        <source>Show the case quota of a product category and problem type (5.7.1).</source>
        <translation>عرض حصة طلبات الدعم لفئة منتج ونوع مشكلة (5.7.1).</translation>
    </message>
    <message>
        <source>The product category id (1-64 characters).</source>
        <translation>معرّف فئة المنتج (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>The problem type id (1-32 characters).</source>
        <translation>معرّف نوع المشكلة (1-32 حرفًا).</translation>
    </message>
</context>
<context>
    <name>osm::ctl::RelationsCommands</name>
    <message>
        <source>The case id (1-32 characters).</source>
        <translation>معرّف طلب الدعم (1-32 حرفًا).</translation>
    </message>
    <message>
        <source>The IAM group id (1-64 characters).</source>
        <translation>معرّف مجموعة IAM (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>Related cases: a case is related to at most 3 others.</source>
        <translation>طلبات الدعم المرتبطة: يمكن ربط طلب الدعم بـ 3 طلبات دعم أخرى على الأكثر.</translation>
    </message>
    <message>
        <source>List the cases related to a case (5.12.3).</source>
        <translation>عرض قائمة طلبات الدعم المرتبطة بطلب دعم (5.12.3).</translation>
    </message>
    <message>
        <source>Relate cases to a case (5.12.1).</source>
        <translation>ربط طلبات دعم بطلب دعم (5.12.1).</translation>
    </message>
    <message>
        <source>A case to relate (1-64 characters, not --case-id); 1-3 cases.</source>
        <translation>طلب دعم لربطه (1-64 حرفًا، غير --case-id)؛ 1-3 طلبات دعم.</translation>
    </message>
    <message>
        <source>The cases were related.</source>
        <translation>رُبطت طلبات الدعم.</translation>
    </message>
    <message>
        <source>Remove the relation between two cases (5.12.2).</source>
        <translation>إزالة الارتباط بين طلبَي دعم (5.12.2).</translation>
    </message>
    <message>
        <source>The related case (1-64 characters, not --case-id).</source>
        <translation>طلب الدعم المرتبط (1-64 حرفًا، غير --case-id).</translation>
    </message>
    <message>
        <source>The relation was removed.</source>
        <translation>أُزيل الارتباط.</translation>
    </message>
</context>
<context>
    <name>osm::ctl::VerifyCommands</name>
    <message>
        <source>0 a mobile number (SMS), 1 an e-mail address.</source>
        <translation>0 رقم جوال (SMS)، 1 عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The mobile number or e-mail address (1-64 characters).</source>
        <translation>رقم الجوال أو عنوان البريد الإلكتروني (1-64 حرفًا).</translation>
    </message>
    <message>
        <source>The telephone country code of a mobile number, such as 86 (at most 16 characters).</source>
        <translation>رمز الاتصال الدولي لرقم الجوال، مثل 86 (16 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Tell whether a reminder contact needs a verification code (5.13.1).</source>
        <translation>معرفة ما إذا كانت جهة اتصال التذكيرات تحتاج إلى رمز تحقق (5.13.1).</translation>
    </message>
    <message>
        <source>Send a verification code to a contact (5.13.4).</source>
        <translation>إرسال رمز تحقق إلى جهة اتصال (5.13.4).</translation>
    </message>
    <message>
        <source>Check the code a contact received, which verifies the contact (5.13.3).</source>
        <translation>التحقق من الرمز الذي تلقته جهة الاتصال، مما يؤكد جهة الاتصال (5.13.3).</translation>
    </message>
    <message>
        <source>Verification codes for reminder contacts that are not the account&apos;s own: need-verify, send, check, list.</source>
        <translation>رموز التحقق لجهات اتصال التذكيرات التي لا تخص الحساب نفسه: need-verify وsend وcheck وlist.</translation>
    </message>
    <message>
        <source>The code was sent; it is valid for 5 minutes.</source>
        <translation>أُرسل الرمز؛ وهو صالح لمدة 5 دقائق.</translation>
    </message>
    <message>
        <source>The code received (6 characters).</source>
        <translation>الرمز المستلَم (6 أحرف).</translation>
    </message>
    <message>
        <source>The sub-user (IAM user) id (at most 64 characters).</source>
        <translation>معرّف المستخدم الفرعي (مستخدم IAM) ‏(64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The account id (at most 64 characters).</source>
        <translation>معرّف الحساب (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The contact is verified.</source>
        <translation>تم التحقق من جهة الاتصال.</translation>
    </message>
    <message>
        <source>List the verified contacts (5.13.2).</source>
        <translation>عرض قائمة جهات الاتصال التي تم التحقق منها (5.13.2).</translation>
    </message>
    <message>
        <source>0 mobile numbers, 1 e-mail addresses.</source>
        <translation>0 أرقام الجوال، 1 عناوين البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>This mobile number or e-mail address (at most 64 characters).</source>
        <translation>رقم الجوال أو عنوان البريد الإلكتروني هذا (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The telephone country code (at most 16 characters).</source>
        <translation>رمز الاتصال الدولي (16 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The verification with this id (at most 64 characters).</source>
        <translation>عملية التحقق صاحبة هذا المعرّف (64 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Still valid at this time, yyyy-MM-dd HH:mm:ss.</source>
        <translation>لا يزال صالحًا في هذا الوقت، yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>Skip this many contacts (0-65535, default 0).</source>
        <translation>عدد جهات الاتصال المراد تخطّيها (0-65535، الافتراضي 0).</translation>
    </message>
    <message>
        <source>At most this many contacts (1-100, default 10).</source>
        <translation>الحد الأقصى لعدد جهات الاتصال (1-100، الافتراضي 10).</translation>
    </message>
</context>
<context>
    <name>osm::ui::AboutDialog</name>
    <message>
        <source>OSM Desk %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>OSM Desk %1
Qt %2 ‏(بُني باستخدام %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>About OSM Desk</source>
        <translation>حول OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud support cases through the OSM API.

OSM Desk is free software under the MIT licence. It uses Qt, under the GNU LGPL version 3, and QtKeychain, under the BSD 3-clause licence; the licence texts are installed with those libraries (on Debian in /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>عميل سطح مكتب لطلبات الدعم في Huawei Cloud عبر واجهة OSM البرمجية.

OSM Desk برنامج حر مرخّص بموجب ترخيص MIT. ويستخدم Qt بموجب الإصدار 3 من ترخيص GNU LGPL، وQtKeychain بموجب ترخيص BSD ذي البنود الثلاثة؛ وتُثبَّت نصوص التراخيص مع تلك المكتبات (في Debian ضمن /usr/share/doc/&lt;package&gt;/copyright).</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>اسم التطبيق</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
</context>
<context>
    <name>osm::ui::AccountInfoDialog</name>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>لا تنطبق أي حصة لطلبات الدعم على نوع المشكلة هذا.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up: a new case would be refused until the next period, unless your account manager grants a special approval.</source>
        <translation>استُنفدت حصة طلبات الدعم لنوع المشكلة هذا: سيُرفض أي طلب دعم جديد حتى الفترة التالية، ما لم يمنحك مدير حسابك موافقة خاصة.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الشهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الربع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا العام.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا العام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 في هذه الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>service days, e.g. &quot;Monday – Friday&quot;
----------
service hours, e.g. &quot;09:00 – 18:00&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>%1 is a configuration key, %2 its value as the server sent it</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>معلومات الحساب</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>ال&amp;حصة</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>ال&amp;وكالات</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>ال&amp;شريك</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>How many more cases this account may create for a product and problem type.</source>
        <translation>عدد طلبات الدعم الإضافية التي يمكن لهذا الحساب إنشاؤها لكل منتج ونوع مشكلة.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>ال&amp;منتج:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;نوع المشكلة:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>نوع المشكلة</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>حصة طلبات الدعم</translation>
    </message>
    <message>
        <source>Special approval: %1 of %2 used.</source>
        <extracomment>%1 and %2 are numbers of cases</extracomment>
        <translation>الموافقة الخاصة: استُخدم %1 من أصل %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Trusted account</source>
        <translation>الحساب الموثوق</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No (expired)</source>
        <translation>لا (منتهية الصلاحية)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): IAM delegations that let other accounts manage this one&apos;s resources.</source>
        <translation>
            <numerusform>لا توجد وكالات: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
            <numerusform>وكالة واحدة: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
            <numerusform>وكالتان: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
            <numerusform>%n وكالات: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
            <numerusform>%n وكالةً: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
            <numerusform>%n وكالة: وكالات IAM تتيح لحسابات أخرى إدارة موارد هذا الحساب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner privilege</source>
        <translation>امتياز الشريك</translation>
    </message>
    <message>
        <source>This account is a partner and may process its customers&apos; cases.</source>
        <translation>هذا الحساب شريك ويمكنه معالجة طلبات الدعم الخاصة بعملائه.</translation>
    </message>
    <message>
        <source>This account has no partner privilege to process cases.</source>
        <translation>لا يملك هذا الحساب امتياز الشريك لمعالجة طلبات الدعم.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>معرّف الشريك:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Service days:</source>
        <translation>أيام الخدمة:</translation>
    </message>
    <message>
        <source>Service hours:</source>
        <translation>ساعات الخدمة:</translation>
    </message>
    <message>
        <source>Read a configuration item of the support service by its key.</source>
        <translation>قراءة أحد عناصر إعدادات خدمة الدعم بواسطة مفتاحه.</translation>
    </message>
    <message>
        <source>Configuration key</source>
        <translation>مفتاح الإعداد</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Configuration value</source>
        <translation>قيمة الإعداد</translation>
    </message>
    <message>
        <source>Configuration values</source>
        <translation>قيم الإعدادات</translation>
    </message>
    <message>
        <source>Pri&amp;vileges</source>
        <translation>الا&amp;متيازات</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentListModel</name>
    <message>
        <source>Downloading… %1%</source>
        <extracomment>An attachment being downloaded: percent done</extracomment>
        <translation>جارٍ التنزيل… %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>%1, attached %2</source>
        <extracomment>An attachment for a screen reader: its name and the date of its message</extracomment>
        <translation>%1، أُرفق في %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the attachment list</extracomment>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the attachment list: when the file was attached</extracomment>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentStagingList</name>
    <message>
        <source>Attach Files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>الملفات المراد إرفاقها</translation>
    </message>
    <message>
        <source>Drop files here, paste them, or use Add Files…</source>
        <translation>أفلت الملفات هنا، أو الصقها، أو استخدم &quot;إضافة ملفات…&quot;</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>إزالة الملفات المحددة</translation>
    </message>
    <message>
        <source>Attachment limits</source>
        <translation>حدود المرفقات</translation>
    </message>
</context>
<context>
    <name>osm::ui::AttachmentsPanel</name>
    <message>
        <source>Save Attachments To</source>
        <translation>حفظ المرفقات في</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>ملفات طلب الدعم</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>ملفات طلب الدعم هذا</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Press Enter to open a file. Drag files to a folder to save them there.</source>
        <translation>اضغط Enter لفتح ملف. اسحب الملفات إلى مجلد لحفظها فيه.</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>معاينة الصورة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>فتح المرفق المحدد</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;حفظ…</translation>
    </message>
    <message>
        <source>Save the selected attachments</source>
        <translation>حفظ المرفقات المحددة</translation>
    </message>
    <message>
        <source>Save A&amp;ll…</source>
        <translation>حفظ ال&amp;كل…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>حفظ كل المرفقات</translation>
    </message>
    <message>
        <source>Cancel Do&amp;wnload</source>
        <translation>إلغاء الت&amp;نزيل</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>إلغاء التنزيلات</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>حالة المرفقات</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <extracomment>Heading of the attachment list, with how many files the case has</extracomment>
        <translation>
            <numerusform>الملفات (%n)</numerusform>
            <numerusform>الملفات (%n)</numerusform>
            <numerusform>الملفات (%n)</numerusform>
            <numerusform>الملفات (%n)</numerusform>
            <numerusform>الملفات (%n)</numerusform>
            <numerusform>الملفات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled.</source>
        <translation>أُلغي تنزيل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>تعذّر تنزيل &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>جارٍ تنزيل &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>لا يوجد تطبيق يمكنه فتح &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not saved: %1. The other files are in “%2”.</source>
        <extracomment>%1 is the list of files that failed, %2 the folder</extracomment>
        <translation>لم يُحفظ: %1. الملفات الأخرى موجودة في &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Saving was cancelled; %n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>أُلغي الحفظ؛ لم يُحفظ أي ملف في &quot;%1&quot;.</numerusform>
            <numerusform>أُلغي الحفظ؛ حُفظ ملف واحد في &quot;%1&quot;.</numerusform>
            <numerusform>أُلغي الحفظ؛ حُفظ ملفان في &quot;%1&quot;.</numerusform>
            <numerusform>أُلغي الحفظ؛ حُفظت %n ملفات في &quot;%1&quot;.</numerusform>
            <numerusform>أُلغي الحفظ؛ حُفظ %n ملفًا في &quot;%1&quot;.</numerusform>
            <numerusform>أُلغي الحفظ؛ حُفظ %n ملف في &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in “%1”.</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظ ملف واحد في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظ ملفان في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظت %n ملفات في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظ %n ملفًا في &quot;%1&quot;.</numerusform>
            <numerusform>حُفظ %n ملف في &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s)…</source>
        <translation>
            <numerusform>جارٍ الحفظ…</numerusform>
            <numerusform>جارٍ حفظ ملف واحد…</numerusform>
            <numerusform>جارٍ حفظ ملفين…</numerusform>
            <numerusform>جارٍ حفظ %n ملفات…</numerusform>
            <numerusform>جارٍ حفظ %n ملفًا…</numerusform>
            <numerusform>جارٍ حفظ %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>لا تتوفر معاينة.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <extracomment>Accessible description of the preview: the image&apos;s file name</extracomment>
        <translation>معاينة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>نسخ ال&amp;رابط</translation>
    </message>
    <message>
        <source>The link to “%1” could not be fetched: %2</source>
        <extracomment>%1 is a file name, %2 why its link could not be fetched</extracomment>
        <translation>تعذّر جلب رابط &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server returned no link to “%1”.</source>
        <translation>لم يُرجع الخادم أي رابط إلى &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The link to “%1” is on the clipboard.</source>
        <translation>رابط &quot;%1&quot; موجود في الحافظة.</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationListModel</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>مُفوَّض</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>المستخدم الفرعي</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
</context>
<context>
    <name>osm::ui::AuthorizationsWindow</name>
    <message>
        <source>The authorizations could not be loaded: %1</source>
        <translation>تعذّر تحميل التفويضات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n authorization(s)</source>
        <translation>
            <numerusform>لا توجد تفويضات</numerusform>
            <numerusform>تفويض واحد</numerusform>
            <numerusform>تفويضان</numerusform>
            <numerusform>%n تفويضات</numerusform>
            <numerusform>%n تفويضًا</numerusform>
            <numerusform>%n تفويض</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization could not be loaded: %1</source>
        <translation>تعذّر تحميل التفويض: %1</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>تم نسخ البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Risk accepted without backup</source>
        <translation>قُبلت المخاطرة دون نسخ احتياطي</translation>
    </message>
    <message>
        <source>Authorization %1 — %2</source>
        <translation>التفويض %1 — %2</translation>
    </message>
    <message>
        <source>Select an authorization</source>
        <translation>اختر تفويضًا</translation>
    </message>
    <message>
        <source>Loading authorization %1…</source>
        <translation>جارٍ تحميل التفويض %1…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>وحدة التحكم</translation>
    </message>
    <message>
        <source>You agreed to authorization %1.</source>
        <translation>وافقت على التفويض %1.</translation>
    </message>
    <message>
        <source>Reject Authorization</source>
        <translation>رفض التفويض</translation>
    </message>
    <message numerus="yes">
        <source>Reject authorization %1? Tell the engineer why (at most %n character(s)):</source>
        <translation>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (%n حرف على الأكثر):</numerusform>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (حرف واحد على الأكثر):</numerusform>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (حرفان على الأكثر):</numerusform>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (%n أحرف على الأكثر):</numerusform>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (%n حرفًا على الأكثر):</numerusform>
            <numerusform>هل تريد رفض التفويض %1؟ اذكر للمهندس السبب (%n حرف على الأكثر):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>A reason is needed to reject an authorization; nothing was sent.</source>
        <translation>يلزم ذكر سبب لرفض التفويض؛ لم يُرسَل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n character(s); nothing was sent.</source>
        <translation>
            <numerusform>السبب أطول من %n حرف؛ لم يُرسَل شيء.</numerusform>
            <numerusform>السبب أطول من حرف واحد؛ لم يُرسَل شيء.</numerusform>
            <numerusform>السبب أطول من حرفين؛ لم يُرسَل شيء.</numerusform>
            <numerusform>السبب أطول من %n أحرف؛ لم يُرسَل شيء.</numerusform>
            <numerusform>السبب أطول من %n حرفًا؛ لم يُرسَل شيء.</numerusform>
            <numerusform>السبب أطول من %n حرف؛ لم يُرسَل شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>إبطال التفويض</translation>
    </message>
    <message>
        <source>Revoke authorization %1? Support loses access to these resources at once.</source>
        <translation>هل تريد إبطال التفويض %1؟ سيفقد فريق الدعم الوصول إلى هذه الموارد فورًا.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>The authorization could not be rejected: %1</source>
        <translation>تعذّر رفض التفويض: %1</translation>
    </message>
    <message>
        <source>The authorization could not be revoked: %1</source>
        <translation>تعذّر إبطال التفويض: %1</translation>
    </message>
    <message>
        <source>You rejected authorization %1.</source>
        <translation>رفضت التفويض %1.</translation>
    </message>
    <message>
        <source>You revoked authorization %1.</source>
        <translation>أبطلت التفويض %1.</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>التفويضات</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>My authorizations</source>
        <translation>تفويضاتي</translation>
    </message>
    <message>
        <source>My group&apos;s authorizations</source>
        <translation>تفويضات مجموعتي</translation>
    </message>
    <message>
        <source>Whose authorizations</source>
        <translation>تفويضات مَن</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>معرّف مجموعة IAM</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Authorization actions</source>
        <translation>إجراءات التفويض</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>Agree to this request, with host credentials and a validity period</source>
        <translation>الموافقة على هذا الطلب، مع بيانات اعتماد المضيف ومدة الصلاحية</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Refuse this request, with a reason for the engineer</source>
        <translation>رفض هذا الطلب، مع ذكر السبب للمهندس</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>إ&amp;بطال…</translation>
    </message>
    <message>
        <source>Take back an agreement in effect</source>
        <translation>سحب موافقة سارية</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>فتح &amp;طلب الدعم</translation>
    </message>
    <message>
        <source>Open the case this request belongs to</source>
        <translation>فتح طلب الدعم الذي ينتمي إليه هذا الطلب</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Bastion-host records</source>
        <translation>سجلات المضيف الحصين</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>معرّف المثيل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>العناصر المطلوبة</translation>
    </message>
    <message>
        <source>Authorizations status</source>
        <translation>حالة التفويضات</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>وصف طلب الدعم</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>نوع المورد</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>نوع الوصول</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Sub-user</source>
        <translation>المستخدم الفرعي</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>الجهة المعالِجة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>حالة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>خطاب التعهد</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>osm::ui::BastionRecordsPanel</name>
    <message>
        <source>Upload</source>
        <translation>رفع</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>%1 (account %2, port %3)</source>
        <translation>%1 (الحساب %2، المنفذ %3)</translation>
    </message>
    <message>
        <source>Only hosts have bastion-host records; this authorization has none.</source>
        <translation>سجلات المضيف الحصين متاحة للمضيفين فقط؛ ولا يوجد منها شيء لهذا التفويض.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>The bastion-host records could not be loaded: %1</source>
        <translation>تعذّر تحميل سجلات المضيف الحصين: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا توجد جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسةً</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ال&amp;مضيف:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Bastion-host sessions</source>
        <translation>جلسات المضيف الحصين</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>عمليات نقل الملفات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>تسجيل الفيديو</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>Bastion-host status</source>
        <translation>حالة المضيف الحصين</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseCsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseDetailPanel</name>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <extracomment>%1 entries shown of %2 in the case&apos;s operation log</extracomment>
        <translation>عرض %1 من أصل %2 إدخال.</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>التقييم %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 a rating scale&apos;s name, %2 stars drawn as characters, %3 the score</extracomment>
        <translation>%1: %2 ‏(%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Partner (BP)</source>
        <translation>شريك (BP)</translation>
    </message>
    <message>
        <source>Independent software vendor (ISV)</source>
        <translation>مورّد برامج مستقل (ISV)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the submitter&apos;s name, %2 their user id
----------
%1 an action&apos;s name, %2 its keyboard shortcut</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>لا توجد رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالةً</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder contact is set.</source>
        <translation>لم تُحدَّد جهة اتصال للتذكيرات.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Urge Case</source>
        <translation>استعجال طلب الدعم</translation>
    </message>
    <message>
        <source>Ask the support engineers to speed up case %1?</source>
        <translation>هل تريد أن تطلب من مهندسي الدعم الإسراع في معالجة طلب الدعم %1؟</translation>
    </message>
    <message>
        <source>&amp;Urge</source>
        <translation>ا&amp;ستعجال</translation>
    </message>
    <message>
        <source>Urging the case…</source>
        <translation>جارٍ استعجال طلب الدعم…</translation>
    </message>
    <message>
        <source>The case was urged.</source>
        <translation>تم استعجال طلب الدعم.</translation>
    </message>
    <message>
        <source>Cancel Case</source>
        <translation>إلغاء طلب الدعم</translation>
    </message>
    <message>
        <source>Cancel case %1? Support stops working on it, and it cannot be reopened.</source>
        <translation>هل تريد إلغاء طلب الدعم %1؟ سيتوقف فريق الدعم عن العمل عليه، ولا يمكن إعادة فتحه.</translation>
    </message>
    <message>
        <source>Cancel &amp;Case</source>
        <translation>إلغاء &amp;طلب الدعم</translation>
    </message>
    <message>
        <source>Cancelling the case…</source>
        <translation>جارٍ إلغاء طلب الدعم…</translation>
    </message>
    <message>
        <source>The case was cancelled.</source>
        <translation>أُلغي طلب الدعم.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>حذف طلب الدعم</translation>
    </message>
    <message>
        <source>Delete case %1? It disappears from your case lists; this cannot be undone.</source>
        <translation>هل تريد حذف طلب الدعم %1؟ سيختفي من قوائم طلبات الدعم لديك، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>&amp;حذف طلب الدعم</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>جارٍ حذف طلب الدعم…</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>حُذف طلب الدعم.</translation>
    </message>
    <message>
        <source>Closing the case…</source>
        <translation>جارٍ إغلاق طلب الدعم…</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>أُغلق طلب الدعم.</translation>
    </message>
    <message>
        <source>Sending the rating…</source>
        <translation>جارٍ إرسال التقييم…</translation>
    </message>
    <message>
        <source>Thank you, the rating was sent.</source>
        <translation>شكرًا لك، أُرسل التقييم.</translation>
    </message>
    <message>
        <source>Saving the contact information…</source>
        <translation>جارٍ حفظ معلومات الاتصال…</translation>
    </message>
    <message>
        <source>The contact information was saved.</source>
        <translation>حُفظت معلومات الاتصال.</translation>
    </message>
    <message>
        <source>Case ID %1 copied.</source>
        <translation>نُسخ رقم طلب الدعم %1.</translation>
    </message>
    <message>
        <source>A case can carry at most 5 labels. Remove one before adding another.</source>
        <translation>يمكن أن يحمل طلب الدعم 5 تسميات على الأكثر. أزل إحداها قبل إضافة أخرى.</translation>
    </message>
    <message>
        <source>Adding the label…</source>
        <translation>جارٍ إضافة التسمية…</translation>
    </message>
    <message>
        <source>The label was added.</source>
        <translation>أُضيفت التسمية.</translation>
    </message>
    <message>
        <source>Removing the label…</source>
        <translation>جارٍ إزالة التسمية…</translation>
    </message>
    <message>
        <source>The label was removed.</source>
        <translation>أُزيلت التسمية.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>لا يمكن ربط طلب الدعم بنفسه.</translation>
    </message>
    <message>
        <source>Case %1 is already related to this case.</source>
        <translation>طلب الدعم %1 مرتبط بالفعل بطلب الدعم هذا.</translation>
    </message>
    <message>
        <source>A case can have at most 3 related cases. Remove one before adding another.</source>
        <translation>يمكن أن يكون لطلب الدعم 3 طلبات دعم مرتبطة على الأكثر. أزل أحدها قبل إضافة آخر.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to relate cases.</source>
        <translation>أدخل معرّف مجموعة IAM الخاصة بك: تتطلبه واجهة OSM البرمجية لربط طلبات الدعم.</translation>
    </message>
    <message>
        <source>Relating case %1…</source>
        <translation>جارٍ ربط طلب الدعم %1…</translation>
    </message>
    <message>
        <source>Case %1 is now related.</source>
        <translation>طلب الدعم %1 مرتبط الآن.</translation>
    </message>
    <message>
        <source>Enter the ID of your IAM group: the OSM API requires it to remove a relation.</source>
        <translation>أدخل معرّف مجموعة IAM الخاصة بك: تتطلبه واجهة OSM البرمجية لإزالة الارتباط.</translation>
    </message>
    <message>
        <source>Removing the relation…</source>
        <translation>جارٍ إزالة الارتباط…</translation>
    </message>
    <message>
        <source>Case %1 is no longer related.</source>
        <translation>لم يعد طلب الدعم %1 مرتبطًا.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>نوع المشكلة</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>نوع طلب الدعم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>الجهة المعالِجة</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>مقدِّم الطلب</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Resolution confirmed</source>
        <translation>تاريخ تأكيد الحل</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <source>Access authorized</source>
        <translation>الوصول مفوَّض</translation>
    </message>
    <message>
        <source>Grey-release routing</source>
        <translation>توجيه الإصدار التجريبي (Grey release)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Case type ID</source>
        <translation>معرّف نوع طلب الدعم</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>معرّف الفئة</translation>
    </message>
    <message>
        <source>Business type ID</source>
        <translation>معرّف نوع النشاط التجاري</translation>
    </message>
    <message>
        <source>Problem type ID</source>
        <translation>معرّف نوع المشكلة</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>معرّف المنتج</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>طرق الاتصال</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>وقت الاتصال</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>نسخ البريد الإلكتروني (CC)</translation>
    </message>
    <message>
        <source>Recent CC e-mails</source>
        <translation>عناوين النسخة (CC) الأخيرة</translation>
    </message>
    <message>
        <source>ISV commodity</source>
        <translation>سلعة ISV</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>تفاصيل طلب الدعم</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>رقم طلب الدعم</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>نسخ المعرّف</translation>
    </message>
    <message>
        <source>Copy case ID</source>
        <translation>نسخ رقم طلب الدعم</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>حالة طلب الدعم</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>إجراءات طلب الدعم</translation>
    </message>
    <message>
        <source>Case detail status</source>
        <translation>حالة تفاصيل طلب الدعم</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Case detail sections</source>
        <translation>أقسام تفاصيل طلب الدعم</translation>
    </message>
    <message>
        <source>Urge case</source>
        <translation>استعجال طلب الدعم</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>إ&amp;غلاق…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>إغلاق طلب الدعم</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;تقييم…</translation>
    </message>
    <message>
        <source>Rate case</source>
        <translation>تقييم طلب الدعم</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Case</source>
        <translation>إل&amp;غاء طلب الدعم</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>إلغاء طلب الدعم</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف طلب الدعم</translation>
    </message>
    <message>
        <source>Edit &amp;Contact…</source>
        <translation>تعديل بيانات الا&amp;تصال…</translation>
    </message>
    <message>
        <source>Edit contact information</source>
        <translation>تعديل معلومات الاتصال</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>Refresh case detail</source>
        <translation>تحديث تفاصيل طلب الدعم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Related Cases</source>
        <translation>طلبات الدعم المرتبطة</translation>
    </message>
    <message>
        <source>Contact and CC</source>
        <translation>الاتصال والنسخة (CC)</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value, e.g. &quot;Status:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The extra parameters were sent.</source>
        <translation>أُرسلت المعلمات الإضافية.</translation>
    </message>
    <message>
        <source>Extra Parameters…</source>
        <translation>المعلمات الإضافية…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1; updating…</source>
        <translation>تُعرض التفاصيل المحفوظة حتى %1؛ جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Showing the detail saved as of %1. %2</source>
        <translation>تُعرض التفاصيل المحفوظة حتى %1. %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending.</source>
        <translation>تعذّر حفظ التغيير لإرساله.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExportFlow</name>
    <message>
        <source>Export Cases</source>
        <translation>تصدير طلبات الدعم</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>several keywords</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>عدة كلمات مفتاحية</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>IAM group</source>
        <extracomment>a list filter, inserted into &quot;The server&apos;s export cannot filter by %1.&quot;</extracomment>
        <translation>مجموعة IAM</translation>
    </message>
    <message>
        <source>No case matches the list&apos;s filters: there is nothing to export.</source>
        <translation>لا يطابق أي طلب دعم عوامل تصفية القائمة: لا يوجد ما يمكن تصديره.</translation>
    </message>
    <message>
        <source>The server&apos;s export cannot filter by %1. Export the cases that match the other filters?</source>
        <extracomment>%1 is a list of filters, e.g. &quot;label and status&quot;</extracomment>
        <translation>لا يمكن لميزة التصدير في الخادم التصفية حسب %1. هل تريد تصدير طلبات الدعم التي تطابق عوامل التصفية الأخرى؟</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>جارٍ تصدير طلبات الدعم…</translation>
    </message>
    <message>
        <source>Exporting cases… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>جارٍ تصدير طلبات الدعم… تم استلام %1</translation>
    </message>
    <message>
        <source>The cases could not be exported. %1</source>
        <translation>تعذّر تصدير طلبات الدعم. %1</translation>
    </message>
    <message>
        <source>The cases were exported to %1.</source>
        <extracomment>%1 is the saved file&apos;s path</extracomment>
        <translation>صُدِّرت طلبات الدعم إلى %1.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseExtendsParamsDialog</name>
    <message>
        <source>Loading the case&apos;s parameters…</source>
        <translation>جارٍ تحميل معلمات طلب الدعم…</translation>
    </message>
    <message>
        <source>The case&apos;s parameters could not be loaded: %1</source>
        <extracomment>%1 says why (translated error)</extracomment>
        <translation>تعذّر تحميل معلمات طلب الدعم: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fill in at least one value to send.</source>
        <translation>املأ قيمة واحدة على الأقل لإرسالها.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Extra Parameters — %1</source>
        <extracomment>%1 is the case ID</extracomment>
        <translation>المعلمات الإضافية — %1</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>Support has asked for more information about this case. Fill in the fields marked * and send them.</source>
        <translation>طلب فريق الدعم مزيدًا من المعلومات حول طلب الدعم هذا. املأ الحقول المميزة بعلامة * ثم أرسلها.</translation>
    </message>
    <message>
        <source>This case holds no extra parameters, and its problem type asks for none.</source>
        <translation>لا يحتوي طلب الدعم هذا على معلمات إضافية، ولا يتطلب نوع مشكلته أيًّا منها.</translation>
    </message>
    <message>
        <source>The extra information this case holds. Complete or correct it and send it to support.</source>
        <translation>المعلومات الإضافية المحفوظة في طلب الدعم هذا. أكملها أو صحّحها ثم أرسلها إلى فريق الدعم.</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilter</name>
    <message>
        <source>created %1 to %2</source>
        <translation>أُنشئ من %1 إلى %2</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>أُنشئ منذ %1</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>أُنشئ حتى %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>submitter: %1</source>
        <translation>مقدِّم الطلب: %1</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>التسمية: %1</translation>
    </message>
    <message>
        <source>case ID: %1</source>
        <translation>رقم طلب الدعم: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>الوصف: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseFilterBar</name>
    <message>
        <source>Created &amp;from</source>
        <translation>تاريخ الإنشاء &amp;من</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>عوامل تصفية طلبات الدعم</translation>
    </message>
    <message>
        <source>Keywords in description</source>
        <translation>كلمات مفتاحية في الوصف</translation>
    </message>
    <message>
        <source>Search descriptions (up to three words)</source>
        <translation>البحث في الأوصاف (ثلاث كلمات كحد أقصى)</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>رقم طلب الدعم</translation>
    </message>
    <message>
        <source>Submitter ID</source>
        <translation>معرّف مقدِّم الطلب</translation>
    </message>
    <message>
        <source>Sub-user ID</source>
        <translation>معرّف المستخدم الفرعي</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>تصفية حسب التسمية</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>تاريخ الإنشاء من</translation>
    </message>
    <message>
        <source>Created from date</source>
        <translation>تاريخ بداية الإنشاء</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>تاريخ الإنشاء حتى</translation>
    </message>
    <message>
        <source>Created until date</source>
        <translation>تاريخ نهاية الإنشاء</translation>
    </message>
    <message>
        <source>Show every case again (%1)</source>
        <translation>عرض كل طلبات الدعم مجددًا (%1)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>عامل التصفية الحالي</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>أي تسمية</translation>
    </message>
    <message>
        <source>The selected view already lists one status.</source>
        <translation>طريقة العرض المحددة تقتصر بالفعل على حالة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n words of up to 64 characters each.</source>
        <translation>
            <numerusform>لا يُسمح بأي كلمة.</numerusform>
            <numerusform>كلمة واحدة على الأكثر، بطول 64 حرفًا كحد أقصى.</numerusform>
            <numerusform>كلمتان على الأكثر، بطول 64 حرفًا كحد أقصى لكل منهما.</numerusform>
            <numerusform>%n كلمات على الأكثر، بطول 64 حرفًا كحد أقصى لكل منها.</numerusform>
            <numerusform>%n كلمةً على الأكثر، بطول 64 حرفًا كحد أقصى لكل منها.</numerusform>
            <numerusform>%n كلمة على الأكثر، بطول 64 حرفًا كحد أقصى لكل منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>بلا تصفية</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>التصفية حسب: %1</translation>
    </message>
    <message>
        <source>Pick a sub-user or type a sub-user ID</source>
        <translation>اختر مستخدمًا فرعيًا أو اكتب معرّف مستخدم فرعي</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseLabelsEditor</name>
    <message>
        <source>Case labels</source>
        <translation>تسميات طلب الدعم</translation>
    </message>
    <message>
        <source>Select a label and press Delete to remove it from the case</source>
        <translation>حدّد تسمية واضغط Delete لإزالتها من طلب الدعم</translation>
    </message>
    <message>
        <source>Label to add</source>
        <translation>التسمية المراد إضافتها</translation>
    </message>
    <message>
        <source>No other labels</source>
        <translation>لا توجد تسميات أخرى</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>إ&amp;ضافة تسمية</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>إضافة تسمية</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>إ&amp;زالة التسمية</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>إزالة التسمية</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseListModel</name>
    <message>
        <source>Case ID</source>
        <translation>رقم طلب الدعم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>نوع المشكلة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>مقدِّم الطلب</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseOperateLogModel</name>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>استُعجل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>قُيّم</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Rejected by the user centre</source>
        <translation>رفضه مركز المستخدمين</translation>
    </message>
    <message>
        <source>Authorization confirmed</source>
        <translation>تأكيد التفويض</translation>
    </message>
    <message>
        <source>Authorization rejected</source>
        <translation>رفض التفويض</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>إلغاء التفويض</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>تصدير طلبات الدعم</translation>
    </message>
    <message>
        <source>Customer replied (awaiting feedback)</source>
        <translation>ردّ العميل (بانتظار الملاحظات)</translation>
    </message>
    <message>
        <source>Contact information changed</source>
        <translation>تغيير معلومات الاتصال</translation>
    </message>
    <message>
        <source>Contact information deleted</source>
        <translation>حذف معلومات الاتصال</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <extracomment>%1 is an operation code the reference does not document</extracomment>
        <translation>العملية %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseRatingDialog</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed, %2 the most allowed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Comment length</source>
        <translation>طول التعليق</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>إغلاق طلب الدعم</translation>
    </message>
    <message>
        <source>Rate Case</source>
        <translation>تقييم طلب الدعم</translation>
    </message>
    <message>
        <source>Close case %1? Close it only when the problem is solved. You may rate the support you received; the rating can be given only once.</source>
        <translation>هل تريد إغلاق طلب الدعم %1؟ لا تغلقه إلا بعد حل المشكلة. يمكنك تقييم الدعم الذي تلقيته؛ ولا يمكن التقييم إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Rate the support you received for case %1. A case can be rated only once.</source>
        <translation>قيّم الدعم الذي تلقيته في طلب الدعم %1. لا يمكن تقييم طلب الدعم إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>توضيح</translation>
    </message>
    <message>
        <source>The rating scales could not be loaded.</source>
        <translation>تعذّر تحميل مقاييس التقييم.</translation>
    </message>
    <message>
        <source>Loading the rating scales…</source>
        <translation>جارٍ تحميل مقاييس التقييم…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>إ&amp;غلاق طلب الدعم</translation>
    </message>
    <message>
        <source>&amp;Submit Rating</source>
        <translation>إ&amp;رسال التقييم</translation>
    </message>
    <message>
        <source>Confirm close</source>
        <translation>تأكيد الإغلاق</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>إرسال التقييم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <extracomment>%1 is the number of a rating scale the server did not name</extracomment>
        <translation>التقييم %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 is the name of a rating scale, e.g. &quot;Handling timeliness&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n star(s))</source>
        <extracomment>%1 is a row of star characters, %n the number of stars</extracomment>
        <translation>
            <numerusform>%1 (بلا نجوم)</numerusform>
            <numerusform>%1 (نجمة واحدة)</numerusform>
            <numerusform>%1 (نجمتان)</numerusform>
            <numerusform>%1 (%n نجوم)</numerusform>
            <numerusform>%1 (%n نجمةً)</numerusform>
            <numerusform>%1 (%n نجمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>%1 is the name of a rating scale</extracomment>
        <translation>التقييم لـ %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseViewsModel</name>
    <message>
        <source>My cases</source>
        <translation>طلبات الدعم الخاصة بي</translation>
    </message>
    <message>
        <source>Group cases</source>
        <translation>طلبات دعم المجموعة</translation>
    </message>
    <message>
        <source>%1: choose the IAM group whose cases to list</source>
        <translation>%1: اختر مجموعة IAM التي تريد عرض طلبات الدعم الخاصة بها</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1، لا توجد طلبات دعم</numerusform>
            <numerusform>%1، طلب دعم واحد</numerusform>
            <numerusform>%1، طلبا دعم</numerusform>
            <numerusform>%1، %n طلبات دعم</numerusform>
            <numerusform>%1، %n طلب دعم</numerusform>
            <numerusform>%1، %n طلب دعم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1، لا توجد رسائل غير مقروءة</numerusform>
            <numerusform>%1، رسالة واحدة غير مقروءة</numerusform>
            <numerusform>%1، رسالتان غير مقروءتين</numerusform>
            <numerusform>%1، %n رسائل غير مقروءة</numerusform>
            <numerusform>%1، %n رسالةً غير مقروءة</numerusform>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::CaseWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>طلب الدعم %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <source>Thread status</source>
        <translation>حالة المحادثة</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>إعادة تحميل الرسائل</translation>
    </message>
    <message>
        <source>Messages and reply</source>
        <translation>الرسائل والرد</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>جارٍ تحميل الرسائل…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>تعذّر تحميل الرسائل: %1</translation>
    </message>
    <message>
        <source>New messages cannot be checked right now. %1</source>
        <translation>يتعذّر التحقق من الرسائل الجديدة حاليًا. %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>The message could not be withdrawn: %1</source>
        <translation>تعذّر سحب الرسالة: %1</translation>
    </message>
    <message>
        <source>Conversation and case detail</source>
        <translation>المحادثة وتفاصيل طلب الدعم</translation>
    </message>
    <message>
        <source>Offline: showing the messages saved as of %1. %2</source>
        <translation>غير متصل: تُعرض الرسائل المحفوظة حتى %1. %2</translation>
    </message>
    <message>
        <source>Showing the messages saved as of %1; updating…</source>
        <translation>تُعرض الرسائل المحفوظة حتى %1؛ جارٍ التحديث…</translation>
    </message>
    <message>
        <source>The message could not be saved for sending.</source>
        <translation>تعذّر حفظ الرسالة لإرسالها.</translation>
    </message>
</context>
<context>
    <name>osm::ui::ComposeBox</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>إ&amp;رفاق ملفات…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>إ&amp;زالة الملف</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>كتابة رسالة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>خطأ في الإرسال</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة محاولة الإرسال</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>اضغط Ctrl+Enter للإرسال.</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>اكتب ردًّا… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Remove the selected attached file</source>
        <translation>إزالة الملف المرفق المحدد</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>الأحرف المتبقية</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>إرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A staged attachment: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>لم تُرسَل الرسالة: %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not attached: a message takes at most %n file(s).</source>
        <extracomment>%1 is a file name
----------
%1 is a file name; the limit is the server&apos;s (show_accessory_limits)</extracomment>
        <translation>
            <numerusform>لم يُرفق &quot;%1&quot;: لا يمكن إرفاق أي ملف بالرسالة.</numerusform>
            <numerusform>لم يُرفق &quot;%1&quot;: تقبل الرسالة ملفًا واحدًا على الأكثر.</numerusform>
            <numerusform>لم يُرفق &quot;%1&quot;: تقبل الرسالة ملفين على الأكثر.</numerusform>
            <numerusform>لم يُرفق &quot;%1&quot;: تقبل الرسالة %n ملفات على الأكثر.</numerusform>
            <numerusform>لم يُرفق &quot;%1&quot;: تقبل الرسالة %n ملفًا على الأكثر.</numerusform>
            <numerusform>لم يُرفق &quot;%1&quot;: تقبل الرسالة %n ملف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <extracomment>%1 says which file and which limit, e.g. &quot;“a.exe” is not a type of file that may be attached (…).&quot;</extracomment>
        <translation>لم يُرفق: %1</translation>
    </message>
    <message>
        <source>Remove before sending: %1</source>
        <extracomment>%1 says which file and which limit</extracomment>
        <translation>أزله قبل الإرسال: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove some files before sending: a message takes at most %n file(s).</source>
        <translation>
            <numerusform>أزل الملفات قبل الإرسال: لا يمكن إرفاق أي ملف بالرسالة.</numerusform>
            <numerusform>أزل بعض الملفات قبل الإرسال: تقبل الرسالة ملفًا واحدًا على الأكثر.</numerusform>
            <numerusform>أزل بعض الملفات قبل الإرسال: تقبل الرسالة ملفين على الأكثر.</numerusform>
            <numerusform>أزل بعض الملفات قبل الإرسال: تقبل الرسالة %n ملفات على الأكثر.</numerusform>
            <numerusform>أزل بعض الملفات قبل الإرسال: تقبل الرسالة %n ملفًا على الأكثر.</numerusform>
            <numerusform>أزل بعض الملفات قبل الإرسال: تقبل الرسالة %n ملف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved in “%1”.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>تعذّر حفظ الصورة الملصقة في &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2), uploading: %3%</source>
        <extracomment>A staged attachment being uploaded: file name, size, percent sent</extracomment>
        <translation>%1 ‏(%2)، جارٍ الرفع: %3%</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>تنبيه المرفقات</translation>
    </message>
    <message>
        <source>File being uploaded</source>
        <translation>الملف قيد الرفع</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>تقدّم الرفع</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>إ&amp;لغاء الرفع</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>إلغاء الرفع</translation>
    </message>
</context>
<context>
    <name>osm::ui::ConfirmAuthorizationDialog</name>
    <message>
        <source>Agree to Authorization %1</source>
        <translation>الموافقة على التفويض %1</translation>
    </message>
    <message>
        <source>Agree to authorization</source>
        <translation>الموافقة على التفويض</translation>
    </message>
    <message>
        <source>Huawei Cloud support may access the resources below during the period you set. For hosts, give the port, account and password the engineer may use; “Check” tries them first.</source>
        <translation>يمكن لفريق دعم Huawei Cloud الوصول إلى الموارد أدناه خلال المدة التي تحددها. بالنسبة إلى المضيفين، أدخل المنفذ والحساب وكلمة المرور التي يمكن للمهندس استخدامها؛ ويجرّبها زر &quot;فحص&quot; أولًا.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>المضيف %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Check host %1</source>
        <translation>فحص المضيف %1</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>وحدة التحكم</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>وحدة التحكم (%1)</translation>
    </message>
    <message>
        <source>Also asked: %1</source>
        <translation>مطلوب أيضًا: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>صالح &amp;من:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>صالح &amp;حتى:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>ال&amp;وكالة:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>مسجّل الدخول باسم:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>بلا وكالة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Login type</source>
        <translation>نوع تسجيل الدخول</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>مستخدم اتحادي</translation>
    </message>
    <message>
        <source>Delegated access (agency)</source>
        <translation>وصول مُفوَّض (وكالة)</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>حالة الموافقة</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>The host accepted this account and password.</source>
        <translation>قبل المضيف هذا الحساب وكلمة المرور.</translation>
    </message>
    <message>
        <source>The period must end after it starts, and in the future.</source>
        <translation>يجب أن تنتهي المدة بعد بدايتها، وأن تكون في المستقبل.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The authorization could not be agreed to: %1</source>
        <translation>تعذّرت الموافقة على التفويض: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactInfoDialog</name>
    <message>
        <source>A contact field can be changed but not removed: type a new value or leave the old one.</source>
        <translation>يمكن تغيير حقل الاتصال لكن لا يمكن إزالته: اكتب قيمة جديدة أو اترك القيمة القديمة.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>عنوان البريد الإلكتروني غير صالح.</translation>
    </message>
    <message>
        <source>The CC e-mail address &quot;%1&quot; is not valid.</source>
        <extracomment>%1 is what the user typed as a CC e-mail address</extracomment>
        <translation>عنوان البريد الإلكتروني في النسخة (CC) &quot;%1&quot; غير صالح.</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>معلومات الاتصال</translation>
    </message>
    <message>
        <source>How support engineers reach you about case %1.</source>
        <translation>كيف يتواصل معك مهندسو الدعم بشأن طلب الدعم %1.</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;رمز البلد:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>ال&amp;جوال:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;وقت الاتصال:</translation>
    </message>
    <message>
        <source>CC e-&amp;mails:</source>
        <translation>&amp;نسخ البريد الإلكتروني (CC):</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>وقت الاتصال</translation>
    </message>
    <message>
        <source>e.g. 9:00-18:00</source>
        <translation>مثلًا 9:00-18:00</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>نسخ البريد الإلكتروني (CC)</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>عناوين مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Use &amp;Recent</source>
        <translation>استخدام الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>Use recent CC e-mails</source>
        <translation>استخدام عناوين النسخة (CC) الأخيرة</translation>
    </message>
    <message>
        <source>Fill in the CC e-mails used most recently: %1</source>
        <extracomment>%1 is a list of e-mail addresses</extracomment>
        <translation>ملء عناوين النسخة (CC) المستخدمة مؤخرًا: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save contact information</source>
        <translation>حفظ معلومات الاتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>osm::ui::ContactVerificationRow</name>
    <message>
        <source>The code has six characters.</source>
        <translation>يتكون الرمز من ستة أحرف.</translation>
    </message>
    <message>
        <source>Checking whether this contact needs verification…</source>
        <translation>جارٍ التحقق مما إذا كانت جهة الاتصال هذه تحتاج إلى تحقق…</translation>
    </message>
    <message>
        <source>Registered or verified earlier: no code needed.</source>
        <translation>مسجّلة أو تم التحقق منها سابقًا: لا حاجة إلى رمز.</translation>
    </message>
    <message>
        <source>This contact is not a registered one: send a code to it and enter the code here.</source>
        <translation>جهة الاتصال هذه غير مسجّلة: أرسل رمزًا إليها وأدخل الرمز هنا.</translation>
    </message>
    <message>
        <source>A code was sent. It is valid for 5 minutes; a new code can be sent once a minute, a limited number of times a day.</source>
        <translation>أُرسل رمز. وهو صالح لمدة 5 دقائق؛ ويمكن إرسال رمز جديد مرة كل دقيقة، لعدد محدود من المرات يوميًا.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>تم التحقق.</translation>
    </message>
    <message>
        <source>Could not check this contact.</source>
        <translation>تعذّر فحص جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, then the error that came with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Send Again in %n s</source>
        <translation>
            <numerusform>إعادة الإرسال بعد %n ثانية</numerusform>
            <numerusform>إعادة الإرسال بعد ثانية واحدة</numerusform>
            <numerusform>إعادة الإرسال بعد ثانيتين</numerusform>
            <numerusform>إعادة الإرسال بعد %n ثوانٍ</numerusform>
            <numerusform>إعادة الإرسال بعد %n ثانيةً</numerusform>
            <numerusform>إعادة الإرسال بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>إعادة الإ&amp;رسال</translation>
    </message>
    <message>
        <source>Send &amp;Code</source>
        <translation>إرسال ال&amp;رمز</translation>
    </message>
    <message>
        <source>E-mail verification status</source>
        <translation>حالة التحقق من البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mobile verification status</source>
        <translation>حالة التحقق من الجوال</translation>
    </message>
    <message>
        <source>Code sent to the e-mail address</source>
        <translation>الرمز المُرسَل إلى عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Code sent to the mobile number</source>
        <translation>الرمز المُرسَل إلى رقم الجوال</translation>
    </message>
    <message>
        <source>6-character code</source>
        <translation>رمز من 6 أحرف</translation>
    </message>
    <message>
        <source>Send a code to the e-mail address</source>
        <translation>إرسال رمز إلى عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Send a code to the mobile number</source>
        <translation>إرسال رمز إلى رقم الجوال</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>ت&amp;حقّق</translation>
    </message>
    <message>
        <source>Verify the e-mail address</source>
        <translation>التحقق من عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Verify the mobile number</source>
        <translation>التحقق من رقم الجوال</translation>
    </message>
</context>
<context>
    <name>osm::ui::CreateCaseWizard</name>
    <message>
        <source>New Case</source>
        <translation>طلب دعم جديد</translation>
    </message>
    <message>
        <source>Describe the problem for Huawei Cloud&apos;s engineers. Everything you type is kept as a draft until the case is created.</source>
        <translation>صِف المشكلة لمهندسي Huawei Cloud. يُحفظ كل ما تكتبه كمسودة إلى أن يُنشأ طلب الدعم.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Additional Information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>ال&amp;منتج:</translation>
    </message>
    <message>
        <source>Problem &amp;type:</source>
        <translation>&amp;نوع المشكلة:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;درجة الخطورة:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>الم&amp;نطقة:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>اختر فئة…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>اختر منتجًا…</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>نوع المشكلة</translation>
    </message>
    <message>
        <source>Choose a problem type…</source>
        <translation>اختر نوع مشكلة…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Only the severities your support plan allows are offered.</source>
        <translation>لا تُعرض إلا درجات الخطورة التي تسمح بها خطة الدعم الخاصة بك.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>اختر منطقة…</translation>
    </message>
    <message>
        <source>Fault reports name the region of the affected resources. Your own regions come first.</source>
        <translation>تحدد بلاغات الأعطال منطقة الموارد المتأثرة. تظهر مناطقك أولًا.</translation>
    </message>
    <message>
        <source>Case quota</source>
        <translation>حصة طلبات الدعم</translation>
    </message>
    <message>
        <source>What happened, since when, which resources, what you tried</source>
        <translation>ما الذي حدث، ومنذ متى، وما الموارد المتأثرة، وما الذي جرّبته</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>طول الوصف</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>ال&amp;جوال:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>C&amp;C e-mails:</source>
        <translation>ن&amp;سخ البريد الإلكتروني (CC):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;وقت التذكير:</translation>
    </message>
    <message>
        <source>Country calling code</source>
        <translation>رمز الاتصال الدولي</translation>
    </message>
    <message>
        <source>Reminder mobile number</source>
        <translation>رقم الجوال للتذكيرات</translation>
    </message>
    <message>
        <source>Reminder e-mail address</source>
        <translation>عنوان البريد الإلكتروني للتذكيرات</translation>
    </message>
    <message>
        <source>CC e-mail addresses</source>
        <translation>عناوين البريد الإلكتروني في النسخة (CC)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>وقت التذكير</translation>
    </message>
    <message>
        <source>For example 9:00-18:00</source>
        <translation>مثلًا 9:00-18:00</translation>
    </message>
    <message>
        <source>A number that is not registered with your account needs a verification code.</source>
        <translation>يحتاج الرقم غير المسجّل في حسابك إلى رمز تحقق.</translation>
    </message>
    <message>
        <source>An address that is not registered with your account needs a verification code.</source>
        <translation>يحتاج العنوان غير المسجّل في حسابك إلى رمز تحقق.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>نص الاتفاقية</translation>
    </message>
    <message>
        <source>I have read and accept this a&amp;greement</source>
        <translation>قرأت هذه الا&amp;تفاقية وأوافق عليها</translation>
    </message>
    <message>
        <source>Accept the agreement</source>
        <translation>قبول الاتفاقية</translation>
    </message>
    <message>
        <source>&amp;Submit Case</source>
        <translation>إ&amp;رسال طلب الدعم</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>إرسال طلب الدعم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>الإغلاق مع الاحتفاظ بالمسودة</translation>
    </message>
    <message>
        <source>Submit error</source>
        <translation>خطأ في الإرسال</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <extracomment>%1 is a country calling code such as 86, %2 the country or region&apos;s name</extracomment>
        <translation>+%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %n addresses, separated by commas.</source>
        <translation>
            <numerusform>لا يُسمح بأي عنوان.</numerusform>
            <numerusform>عنوان واحد على الأكثر.</numerusform>
            <numerusform>عنوانان على الأكثر، مفصولان بفاصلة.</numerusform>
            <numerusform>%n عناوين على الأكثر، مفصولة بفواصل.</numerusform>
            <numerusform>%n عنوانًا على الأكثر، مفصولة بفواصل.</numerusform>
            <numerusform>%n عنوان على الأكثر، مفصولة بفواصل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n file(s) of at most %1 MB each; types: %2.</source>
        <extracomment>%n files at most, %1 MB each, %2 the allowed file types</extracomment>
        <translation>
            <numerusform>لا يُسمح بإرفاق ملفات؛ الحجم الأقصى %1 ميغابايت؛ الأنواع: %2.</numerusform>
            <numerusform>ملف واحد على الأكثر بحجم %1 ميغابايت كحد أقصى؛ الأنواع: %2.</numerusform>
            <numerusform>ملفان على الأكثر بحجم %1 ميغابايت كحد أقصى لكل منهما؛ الأنواع: %2.</numerusform>
            <numerusform>%n ملفات على الأكثر بحجم %1 ميغابايت كحد أقصى لكل منها؛ الأنواع: %2.</numerusform>
            <numerusform>%n ملفًا على الأكثر بحجم %1 ميغابايت كحد أقصى لكل منها؛ الأنواع: %2.</numerusform>
            <numerusform>%n ملف على الأكثر بحجم %1 ميغابايت كحد أقصى لكل منها؛ الأنواع: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2)</source>
        <extracomment>%1 is the agreement&apos;s name, %2 its version</extracomment>
        <translation>الاتفاقية: %1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed of at most %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many.</source>
        <translation>
            <numerusform>لا توجد أحرف زائدة.</numerusform>
            <numerusform>حرف واحد زائد.</numerusform>
            <numerusform>حرفان زائدان.</numerusform>
            <numerusform>%n أحرف زائدة.</numerusform>
            <numerusform>%n حرفًا زائدًا.</numerusform>
            <numerusform>%n حرف زائد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left.</source>
        <translation>
            <numerusform>لم يتبقَّ أي حرف.</numerusform>
            <numerusform>يتبقى حرف واحد.</numerusform>
            <numerusform>يتبقى حرفان.</numerusform>
            <numerusform>يتبقى %n أحرف.</numerusform>
            <numerusform>يتبقى %n حرفًا.</numerusform>
            <numerusform>يتبقى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case quota applies to this problem type.</source>
        <translation>لا تنطبق أي حصة لطلبات الدعم على نوع المشكلة هذا.</translation>
    </message>
    <message>
        <source>The case quota for this problem type is used up, so a new case would be refused. Wait for the next period or ask your account manager for a special approval.</source>
        <translation>استُنفدت حصة طلبات الدعم لنوع المشكلة هذا، لذا سيُرفض أي طلب دعم جديد. انتظر الفترة التالية أو اطلب موافقة خاصة من مدير حسابك.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this month.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الشهر.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الشهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this quarter.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الربع.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا الربع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left this year.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 هذا العام.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا العام.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 هذا العام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 case(s) left in this period.</source>
        <translation>
            <numerusform>لم يتبقَّ أي طلب دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى طلب دعم واحد من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى طلبا دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلبات دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 في هذه الفترة.</numerusform>
            <numerusform>يتبقى %n طلب دعم من %1 في هذه الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>choose a category, a product and a problem type.</source>
        <translation>اختر فئة ومنتجًا ونوع مشكلة.</translation>
    </message>
    <message>
        <source>a fault report names the region of the affected resources.</source>
        <translation>يجب أن يحدد بلاغ العطل منطقة الموارد المتأثرة.</translation>
    </message>
    <message>
        <source>describe the problem.</source>
        <translation>صِف المشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>it is %n character(s) too long.</source>
        <translation>
            <numerusform>النص ليس أطول من اللازم.</numerusform>
            <numerusform>النص أطول من اللازم بحرف واحد.</numerusform>
            <numerusform>النص أطول من اللازم بحرفين.</numerusform>
            <numerusform>النص أطول من اللازم بـ %n أحرف.</numerusform>
            <numerusform>النص أطول من اللازم بـ %n حرفًا.</numerusform>
            <numerusform>النص أطول من اللازم بـ %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in the template.</source>
        <translation>املأ القالب.</translation>
    </message>
    <message>
        <source>it must be a phone number.</source>
        <translation>يجب أن تكون رقم هاتف.</translation>
    </message>
    <message>
        <source>it must be an e-mail address.</source>
        <translation>يجب أن تكون عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>give a mobile number or an e-mail address for reminders.</source>
        <translation>أدخل رقم جوال أو عنوان بريد إلكتروني للتذكيرات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>&quot;%1&quot; ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n addresses are allowed.</source>
        <translation>
            <numerusform>لا يُسمح بأي عنوان.</numerusform>
            <numerusform>يُسمح بعنوان واحد على الأكثر.</numerusform>
            <numerusform>يُسمح بعنوانين على الأكثر.</numerusform>
            <numerusform>يُسمح بـ %n عناوين على الأكثر.</numerusform>
            <numerusform>يُسمح بـ %n عنوانًا على الأكثر.</numerusform>
            <numerusform>يُسمح بـ %n عنوان على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify this number with the code sent to it first.</source>
        <translation>تحقّق أولًا من هذا الرقم بالرمز المُرسَل إليه.</translation>
    </message>
    <message>
        <source>verify this address with the code sent to it first.</source>
        <translation>تحقّق أولًا من هذا العنوان بالرمز المُرسَل إليه.</translation>
    </message>
    <message>
        <source>read and accept the agreement first.</source>
        <translation>اقرأ الاتفاقية ووافق عليها أولًا.</translation>
    </message>
    <message>
        <source>Checking the contact details…</source>
        <translation>جارٍ التحقق من بيانات الاتصال…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>جارٍ رفع %1…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>تعذّر رفع %1.</translation>
    </message>
    <message>
        <source>Signing the agreement…</source>
        <translation>جارٍ توقيع الاتفاقية…</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>جارٍ إنشاء طلب الدعم…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>CC e-mails</source>
        <translation>نسخ البريد الإلكتروني (CC)</translation>
    </message>
    <message>
        <source>%1 No more cases of this problem type can be created in this period; wait for the next one or ask your account manager for a special approval.</source>
        <extracomment>%1 is the server&apos;s refusal; what follows explains it</extracomment>
        <translation>%1 لا يمكن إنشاء مزيد من طلبات الدعم من نوع المشكلة هذا في هذه الفترة؛ انتظر الفترة التالية أو اطلب موافقة خاصة من مدير حسابك.</translation>
    </message>
    <message>
        <source>%1 Ask for a new code and enter it again.</source>
        <translation>%1 اطلب رمزًا جديدًا وأدخله مرة أخرى.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the label of the field that is wrong, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit New Case</source>
        <translation>تعديل طلب الدعم الجديد</translation>
    </message>
    <message>
        <source>The new case you have not finished yet will be replaced by the one waiting to be sent. Replace it?</source>
        <translation>سيُستبدل طلب الدعم الجديد الذي لم تُكمله بعد بالطلب المنتظر للإرسال. هل تريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>osm::ui::DiagnosisWindow</name>
    <message>
        <source>Cloud server (ECS)</source>
        <translation>خادم سحابي (ECS)</translation>
    </message>
    <message>
        <source>Database instance (RDS)</source>
        <translation>مثيل قاعدة بيانات (RDS)</translation>
    </message>
    <message>
        <source>Remote login</source>
        <translation>تسجيل الدخول عن بُعد</translation>
    </message>
    <message>
        <source>Network health</source>
        <translation>سلامة الشبكة</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>النوع %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>%1 is a number the server sent</extracomment>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>Preparing the diagnosis…</source>
        <translation>جارٍ تحضير التشخيص…</translation>
    </message>
    <message>
        <source>Running: %1 of %2 checks done…</source>
        <extracomment>%1 of %2 check items are done</extracomment>
        <translation>قيد التشغيل: اكتمل %1 من أصل %2 من بنود الفحص…</translation>
    </message>
    <message>
        <source>Completed: no problem found.</source>
        <translation>اكتمل: لم يُعثر على أي مشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n check item(s) found a problem.</source>
        <translation>
            <numerusform>اكتمل: لم يُعثر على مشكلة في أي بند فحص.</numerusform>
            <numerusform>اكتمل: عُثر على مشكلة في بند فحص واحد.</numerusform>
            <numerusform>اكتمل: عُثر على مشكلات في بندَي فحص.</numerusform>
            <numerusform>اكتمل: عُثر على مشكلات في %n بنود فحص.</numerusform>
            <numerusform>اكتمل: عُثر على مشكلات في %n بند فحص.</numerusform>
            <numerusform>اكتمل: عُثر على مشكلات في %n بند فحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis failed: the resource could not be checked. Check its region and ID.</source>
        <translation>فشل التشخيص: تعذّر فحص المورد. تحقّق من منطقته ومعرّفه.</translation>
    </message>
    <message>
        <source>The diagnosis was not run.</source>
        <translation>لم يُشغَّل التشخيص.</translation>
    </message>
    <message>
        <source>This diagnosis is not available for the resource.</source>
        <translation>هذا التشخيص غير متاح لهذا المورد.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>عُثر على مشكلة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Checking (%1%)</source>
        <extracomment>a check item in progress; %1 is a percentage</extracomment>
        <translation>جارٍ الفحص (%1%)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a region&apos;s name and id, e.g. &quot;CN South-Guangzhou (cn-south-1)&quot;</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>No virtual machine of this project and region matches.</source>
        <translation>لا يوجد جهاز افتراضي مطابق في هذا المشروع وهذه المنطقة.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n virtual machine(s): choose one to diagnose.</source>
        <translation>
            <numerusform>عُثر على %n جهاز افتراضي: اختر واحدًا لتشخيصه.</numerusform>
            <numerusform>عُثر على جهاز افتراضي واحد: اختره لتشخيصه.</numerusform>
            <numerusform>عُثر على جهازين افتراضيين: اختر أحدهما لتشخيصه.</numerusform>
            <numerusform>عُثر على %n أجهزة افتراضية: اختر أحدها لتشخيصه.</numerusform>
            <numerusform>عُثر على %n جهازًا افتراضيًا: اختر أحدها لتشخيصه.</numerusform>
            <numerusform>عُثر على %n جهاز افتراضي: اختر أحدها لتشخيصه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the diagnosis…</source>
        <translation>جارٍ بدء التشخيص…</translation>
    </message>
    <message>
        <source>Reading the diagnosis…</source>
        <translation>جارٍ قراءة نتائج التشخيص…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>No details for this check item.</source>
        <translation>لا توجد تفاصيل لبند الفحص هذا.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما عُثر عليه</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>النصيحة</translation>
    </message>
    <message>
        <source>Read more about this problem</source>
        <translation>مزيد من المعلومات عن هذه المشكلة</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>شكرًا لك: أُرسلت ملاحظاتك.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;تشخيص</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click: choose what to diagnose, start, and read the results and advice.</source>
        <translation>افحص موردًا سحابيًا بحثًا عن المشكلات الشائعة بنقرة واحدة: اختر ما تريد تشخيصه، وابدأ، ثم اقرأ النتائج والنصائح.</translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation>&amp;تشخيص:</translation>
    </message>
    <message>
        <source>Diagnosis type</source>
        <translation>نوع التشخيص</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>الم&amp;نطقة:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>&amp;Virtual machine:</source>
        <translation>الجهاز ال&amp;افتراضي:</translation>
    </message>
    <message>
        <source>VM ID or elastic IP address, or choose one below</source>
        <translation>معرّف الجهاز الافتراضي أو عنوان IP المرن، أو اختر واحدًا أدناه</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>ال&amp;مثيل:</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>معرّف مثيل RDS</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>ال&amp;مورد:</translation>
    </message>
    <message>
        <source>Not needed for this diagnosis</source>
        <translation>غير مطلوب لهذا التشخيص</translation>
    </message>
    <message>
        <source>Resource to diagnose</source>
        <translation>المورد المراد تشخيصه</translation>
    </message>
    <message>
        <source>Find a virtual machine</source>
        <translation>البحث عن جهاز افتراضي</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>معرّف ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>The region&apos;s project ID, as shown under My Credentials in the console</source>
        <translation>معرّف مشروع المنطقة، كما يظهر ضمن &quot;بيانات الاعتماد الخاصة بي&quot; (My Credentials) في وحدة التحكم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>اسم الجهاز الافتراضي</translation>
    </message>
    <message>
        <source>Part of the name (optional)</source>
        <translation>جزء من الاسم (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>عناوين IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>عطل معروف</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>الأجهزة الافتراضية</translation>
    </message>
    <message>
        <source>&amp;Start Diagnosis</source>
        <translation>&amp;بدء التشخيص</translation>
    </message>
    <message>
        <source>Diagnosis status</source>
        <translation>حالة التشخيص</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>بند الفحص</translation>
    </message>
    <message>
        <source>Check items</source>
        <translation>بنود الفحص</translation>
    </message>
    <message>
        <source>Check item details</source>
        <translation>تفاصيل بند الفحص</translation>
    </message>
    <message>
        <source>Did this diagnosis help?</source>
        <translation>هل كان هذا التشخيص مفيدًا؟</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>تعليق الملاحظات</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>تعليق (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>م&amp;فيد</translation>
    </message>
    <message>
        <source>&amp;Not Helpful</source>
        <translation>&amp;غير مفيد</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Past diagnoses</source>
        <translation>التشخيصات السابقة</translation>
    </message>
    <message>
        <source>Double-click a diagnosis to see its results</source>
        <translation>انقر نقرًا مزدوجًا على تشخيص لعرض نتائجه</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 in all)</source>
        <extracomment>%1 and %2 are page numbers; %3 is the number of diagnoses</extracomment>
        <translation>الصفحة %1 من %2 (%3 إجمالًا)</translation>
    </message>
</context>
<context>
    <name>osm::ui::ExtendsParamsForm</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>it must be a whole number.</source>
        <translation>يجب أن تكون عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>it is required.</source>
        <translation>القيمة مطلوبة.</translation>
    </message>
    <message>
        <source>it must be between %1 and %2.</source>
        <extracomment>%1 and %2 are the smallest and the largest allowed number</extracomment>
        <translation>يجب أن تكون القيمة بين %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>it may be at most %n characters long.</source>
        <translation>
            <numerusform>يجب ألا يتجاوز طولها %n حرف.</numerusform>
            <numerusform>يجب ألا يتجاوز طولها حرفًا واحدًا.</numerusform>
            <numerusform>يجب ألا يتجاوز طولها حرفين.</numerusform>
            <numerusform>يجب ألا يتجاوز طولها %n أحرف.</numerusform>
            <numerusform>يجب ألا يتجاوز طولها %n حرفًا.</numerusform>
            <numerusform>يجب ألا يتجاوز طولها %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not have the expected format.</source>
        <translation>ليست بالتنسيق المتوقع.</translation>
    </message>
    <message>
        <source>This problem type asks for no additional information.</source>
        <translation>لا يطلب نوع المشكلة هذا أي معلومات إضافية.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>إدارة التسميات</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Double-click a name (or press F2) to rename the label</source>
        <translation>انقر نقرًا مزدوجًا على اسم (أو اضغط F2) لإعادة تسمية التسمية</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;New label:</source>
        <translation>تسمية &amp;جديدة:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>اسم التسمية الجديدة</translation>
    </message>
    <message>
        <source>New label colour</source>
        <translation>لون التسمية الجديدة</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>You have %n labels, the most allowed. Delete one to add another.</source>
        <translation>
            <numerusform>لديك %n تسمية، وهو الحد الأقصى المسموح به. احذف تسمية لإضافة أخرى.</numerusform>
            <numerusform>لديك تسمية واحدة، وهو الحد الأقصى المسموح به. احذفها لإضافة أخرى.</numerusform>
            <numerusform>لديك تسميتان، وهو الحد الأقصى المسموح به. احذف إحداهما لإضافة أخرى.</numerusform>
            <numerusform>لديك %n تسميات، وهو الحد الأقصى المسموح به. احذف إحداها لإضافة أخرى.</numerusform>
            <numerusform>لديك %n تسميةً، وهو الحد الأقصى المسموح به. احذف إحداها لإضافة أخرى.</numerusform>
            <numerusform>لديك %n تسمية، وهو الحد الأقصى المسموح به. احذف إحداها لإضافة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 labels</source>
        <extracomment>%1 labels in use of at most %2</extracomment>
        <translation>%1 من أصل %2 تسمية كحد أقصى</translation>
    </message>
    <message>
        <source>Label “%1” created.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>تم إنشاء التسمية &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>يجب أن يكون للتسمية اسم.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>لون &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Label “%1” saved.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>تم حفظ التسمية &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>حذف التسمية</translation>
    </message>
    <message>
        <source>Delete the label “%1”? It is also removed from every case that carries it.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>هل تريد حذف التسمية &quot;%1&quot;؟ ستُزال أيضًا من كل طلب دعم يحملها.</translation>
    </message>
    <message>
        <source>Label “%1” deleted.</source>
        <extracomment>%1 is the label&apos;s name</extracomment>
        <translation>تم حذف التسمية &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>osm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheActions</name>
    <message>
        <source>Saved list as of %1</source>
        <translation>القائمة المحفوظة حتى %1</translation>
    </message>
    <message>
        <source>These are the cases saved on this computer; the server&apos;s list replaces them when it answers.</source>
        <translation>هذه هي طلبات الدعم المحفوظة على هذا الكمبيوتر؛ وستحل قائمة الخادم محلها عندما يستجيب.</translation>
    </message>
    <message>
        <source>The server could not be reached: these are the cases saved on this computer.</source>
        <translation>تعذّر الوصول إلى الخادم: هذه هي طلبات الدعم المحفوظة على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The local cache could not be emptied: %1</source>
        <translation>تعذّر إفراغ ذاكرة التخزين المؤقت المحلية: %1</translation>
    </message>
    <message>
        <source>&amp;Search Saved Cases…</source>
        <translation>ال&amp;بحث في طلبات الدعم المحفوظة…</translation>
    </message>
    <message>
        <source>Find words in the cases, messages and attachment names saved on this computer (%1)</source>
        <translation>البحث عن كلمات في طلبات الدعم والرسائل وأسماء المرفقات المحفوظة على هذا الكمبيوتر (%1)</translation>
    </message>
    <message>
        <source>Rebuild Local &amp;Cache</source>
        <translation>إعادة بناء ذاكرة التخزين المؤقت ال&amp;محلية</translation>
    </message>
    <message>
        <source>Forget the cases and messages saved on this computer and read them again from the server (unsent messages and drafts are kept)</source>
        <translation>تجاهل طلبات الدعم والرسائل المحفوظة على هذا الكمبيوتر وقراءتها مرة أخرى من الخادم (مع الاحتفاظ بالرسائل غير المرسلة والمسودات)</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>القائمة المحفوظة</translation>
    </message>
    <message>
        <source>Local &amp;Cache…</source>
        <translation>ذاكرة التخزين المؤقت ال&amp;محلية…</translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalCacheDialog</name>
    <message>
        <source>Local Cache</source>
        <translation>ذاكرة التخزين المؤقت المحلية</translation>
    </message>
    <message>
        <source>&amp;Keep downloaded files up to (MiB):</source>
        <translation>الا&amp;حتفاظ بالملفات المنزّلة حتى (MiB):</translation>
    </message>
    <message>
        <source>Attachments you open, save or drag out are kept on this computer, so that they open again without a download, also offline. Beyond the limit the least recently used go first; 0 keeps none.</source>
        <translation>تُحفظ المرفقات التي تفتحها أو تحفظها أو تسحبها إلى الخارج على هذا الكمبيوتر، لكي تُفتح مجددًا دون تنزيل، حتى في وضع عدم الاتصال. عند تجاوز الحد تُحذف أولًا الملفات التي لم تُستخدم منذ أطول مدة؛ والقيمة 0 تعني عدم الاحتفاظ بأي ملف.</translation>
    </message>
    <message>
        <source>C&amp;lear Downloaded Files</source>
        <translation>م&amp;سح الملفات المنزّلة</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n file(s), %1</source>
        <extracomment>%n is how many files are kept, %1 the space they take (e.g. &quot;12.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>قيد الاستخدام: لا ملفات، %1</numerusform>
            <numerusform>قيد الاستخدام: ملف واحد، %1</numerusform>
            <numerusform>قيد الاستخدام: ملفان، %1</numerusform>
            <numerusform>قيد الاستخدام: %n ملفات، %1</numerusform>
            <numerusform>قيد الاستخدام: %n ملفًا، %1</numerusform>
            <numerusform>قيد الاستخدام: %n ملف، %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::LocalSearchDialog</name>
    <message>
        <source>Case %1</source>
        <translation>طلب الدعم %1</translation>
    </message>
    <message>
        <source>Message in case %1, %2</source>
        <translation>رسالة في طلب الدعم %1، %2</translation>
    </message>
    <message>
        <source>Attachment in case %1</source>
        <translation>مرفق في طلب الدعم %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Nothing saved on this computer matches.</source>
        <translation>لا يوجد شيء محفوظ على هذا الكمبيوتر يطابق البحث.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا توجد نتائج مطابقة</numerusform>
            <numerusform>نتيجة مطابقة واحدة</numerusform>
            <numerusform>نتيجتان مطابقتان</numerusform>
            <numerusform>%n نتائج مطابقة</numerusform>
            <numerusform>%n نتيجةً مطابقة</numerusform>
            <numerusform>%n نتيجة مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Saved Cases</source>
        <translation>البحث في طلبات الدعم المحفوظة</translation>
    </message>
    <message>
        <source>Searches the case descriptions, messages and attachment names saved on this computer, also while offline. Press Enter on a result to open its case.</source>
        <translation>يبحث في أوصاف طلبات الدعم والرسائل وأسماء المرفقات المحفوظة على هذا الكمبيوتر، حتى في وضع عدم الاتصال. اضغط Enter على نتيجة لفتح طلب الدعم الخاص بها.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>الكلمات المراد البحث عنها</translation>
    </message>
    <message>
        <source>Search saved cases</source>
        <translation>البحث في طلبات الدعم المحفوظة</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>النتائج المطابقة</translation>
    </message>
</context>
<context>
    <name>osm::ui::MainWindow</name>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الشريط الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>جارٍ تحميل طلبات الدعم…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد طلبات دعم</numerusform>
            <numerusform>طلب دعم واحد</numerusform>
            <numerusform>طلبا دعم</numerusform>
            <numerusform>%n طلبات دعم</numerusform>
            <numerusform>%n طلب دعم</numerusform>
            <numerusform>%n طلب دعم</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;الحساب…</translation>
    </message>
    <message>
        <source>Edit this account&apos;s name, endpoint and credentials</source>
        <translation>تعديل اسم هذا الحساب ونقطة نهايته وبيانات اعتماده</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Forget this account&apos;s stored secret and sign in again</source>
        <translation>نسيان السرّ المخزَّن لهذا الحساب وتسجيل الدخول من جديد</translation>
    </message>
    <message>
        <source>Read the case list and the counts again (%1)</source>
        <translation>إعادة قراءة قائمة طلبات الدعم والأعداد (%1)</translation>
    </message>
    <message>
        <source>Group Cases</source>
        <translation>طلبات دعم المجموعة</translation>
    </message>
    <message>
        <source>ID of the IAM group whose cases to list:</source>
        <translation>معرّف مجموعة IAM التي تريد عرض طلبات الدعم الخاصة بها:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;فتح طلب الدعم</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter or double-click)</source>
        <translation>فتح طلب الدعم المحدد في نافذة مستقلة (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>طلب دعم &amp;جديد…</translation>
    </message>
    <message>
        <source>Create a new case (%1)</source>
        <translation>إنشاء طلب دعم جديد (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;About OSM Desk</source>
        <translation>&amp;حول OSM Desk</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>الرسائل غير المقروءة</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Offline — waiting for the network</source>
        <translation>غير متصل — بانتظار الشبكة</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>غير متصل — إعادة المحاولة الآن</numerusform>
            <numerusform>غير متصل — إعادة المحاولة بعد ثانية واحدة</numerusform>
            <numerusform>غير متصل — إعادة المحاولة بعد ثانيتين</numerusform>
            <numerusform>غير متصل — إعادة المحاولة بعد %n ثوانٍ</numerusform>
            <numerusform>غير متصل — إعادة المحاولة بعد %n ثانيةً</numerusform>
            <numerusform>غير متصل — إعادة المحاولة بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>غير متصل — جارٍ إعادة المحاولة…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>لا توجد رسائل غير مقروءة</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالةً غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Export Cases…</source>
        <translation>&amp;تصدير طلبات الدعم…</translation>
    </message>
    <message>
        <source>Export the cases of the current view and filters to a file</source>
        <translation>تصدير طلبات الدعم في العرض الحالي وعوامل التصفية الحالية إلى ملف</translation>
    </message>
    <message>
        <source>Save &amp;View as CSV…</source>
        <translation>حفظ ال&amp;عرض كملف CSV…</translation>
    </message>
    <message>
        <source>Save the cases listed now, with the visible columns, as a CSV file</source>
        <translation>حفظ طلبات الدعم المعروضة الآن، بالأعمدة الظاهرة، كملف CSV</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>إدارة ال&amp;تسميات…</translation>
    </message>
    <message>
        <source>A&amp;uthorizations…</source>
        <translation>ال&amp;تفويضات…</translation>
    </message>
    <message>
        <source>Requests of support engineers for access to your console or hosts</source>
        <translation>طلبات مهندسي الدعم للوصول إلى وحدة التحكم أو المضيفين لديك</translation>
    </message>
    <message>
        <source>&amp;Diagnosis…</source>
        <translation>ال&amp;تشخيص…</translation>
    </message>
    <message>
        <source>Check a cloud resource for common problems in one click</source>
        <translation>فحص مورد سحابي بحثًا عن المشكلات الشائعة بنقرة واحدة</translation>
    </message>
    <message>
        <source>Account &amp;Information…</source>
        <translation>&amp;معلومات الحساب…</translation>
    </message>
    <message>
        <source>Case quota, agencies, partner service and configuration items</source>
        <translation>حصة طلبات الدعم والوكالات وخدمة الشريك وعناصر الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Report Infringement or Illegal Information…</source>
        <translation>الإ&amp;بلاغ عن انتهاك أو معلومات غير قانونية…</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attachment in a message: file name and size, e.g. &quot;log.zip (1.2 MB)&quot;</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Automated answer</source>
        <translation>رد آلي</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>طُلبت معلومات</translation>
    </message>
    <message>
        <source>Authorization requested</source>
        <translation>طُلب تفويض</translation>
    </message>
    <message>
        <source>Open authorization</source>
        <translation>فتح التفويض</translation>
    </message>
    <message>
        <source>Provide parameters</source>
        <translation>تقديم المعاملات</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadModel</name>
    <message>
        <source>This message was withdrawn.</source>
        <translation>سُحبت هذه الرسالة.</translation>
    </message>
    <message>
        <source>Support: %1, %2: %3</source>
        <translation>الدعم: %1، %2: %3</translation>
    </message>
    <message>
        <source>Customer: %1, %2: %3</source>
        <translation>العميل: %1، %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>لا توجد مرفقات.</numerusform>
            <numerusform>مرفق واحد.</numerusform>
            <numerusform>مرفقان.</numerusform>
            <numerusform>%n مرفقات.</numerusform>
            <numerusform>%n مرفقًا.</numerusform>
            <numerusform>%n مرفق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending.</source>
        <translation>جارٍ الإرسال.</translation>
    </message>
</context>
<context>
    <name>osm::ui::MessageThreadView</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>The conversation of this case, oldest first.</source>
        <translation>محادثة طلب الدعم هذا، الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Withdraw Message</source>
        <translation>سحب الرسالة</translation>
    </message>
    <message>
        <source>Withdraw this message? Support will no longer see its text.</source>
        <translation>هل تريد سحب هذه الرسالة؟ لن يرى فريق الدعم نصها بعد الآن.</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>إجراءات الرسالة</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;نسخ النص</translation>
    </message>
    <message>
        <source>&amp;Withdraw Message…</source>
        <translation>&amp;سحب الرسالة…</translation>
    </message>
</context>
<context>
    <name>osm::ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline — showing saved data; %n change(s) waiting</source>
        <translation>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ تغييران بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ %n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ %n تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تُعرض البيانات المحفوظة؛ %n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>غير متصل — تُعرض البيانات المحفوظة</translation>
    </message>
    <message>
        <source>The server cannot be reached. The cases and messages shown are those saved on this computer; what you send is kept and goes out when the server answers again.</source>
        <translation>تعذّر الوصول إلى الخادم. طلبات الدعم والرسائل المعروضة هي المحفوظة على هذا الكمبيوتر؛ وما ترسله يُحتفظ به ويُرسل عندما يستجيب الخادم مجددًا.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxItemText</name>
    <message>
        <source>Urge the case</source>
        <translation>استعجال طلب الدعم</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>إلغاء طلب الدعم</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>حذف طلب الدعم</translation>
    </message>
    <message>
        <source>Close the case and rate it</source>
        <translation>إغلاق طلب الدعم وتقييمه</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>إغلاق طلب الدعم</translation>
    </message>
    <message>
        <source>Rate the case</source>
        <translation>تقييم طلب الدعم</translation>
    </message>
    <message>
        <source>Add label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>إضافة التسمية &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove label ‘%1’</source>
        <extracomment>%1 is the label&apos;s name (or several, as a list)</extracomment>
        <translation>إزالة التسمية &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Relate case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>ربط طلب الدعم %1</translation>
    </message>
    <message>
        <source>Remove the relation to case %1</source>
        <extracomment>%1 is the other case&apos;s id</extracomment>
        <translation>إزالة الربط بطلب الدعم %1</translation>
    </message>
    <message>
        <source>Change the reminder contact information</source>
        <translation>تغيير جهة اتصال التذكيرات</translation>
    </message>
    <message>
        <source>Create a case: %1</source>
        <extracomment>%1 is the beginning of the new case&apos;s description</extracomment>
        <translation>إنشاء طلب دعم: %1</translation>
    </message>
</context>
<context>
    <name>osm::ui::OutboxPanel</name>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>لم تُرسَل: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Waiting for the network; it will be sent when the connection is back.</source>
        <translation>بانتظار الشبكة؛ ستُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Waiting to sign in again; it will be sent after that.</source>
        <translation>بانتظار تسجيل الدخول مرة أخرى؛ ستُرسَل بعد ذلك.</translation>
    </message>
    <message>
        <source>Will be sent again shortly: %1</source>
        <extracomment>%1 is why the last attempt failed</extracomment>
        <translation>ستُعاد محاولة الإرسال قريبًا: %1</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>رسائل بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <extracomment>The files of a message waiting to be sent; %1 is their names</extracomment>
        <translation>المرفقات: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة محاولة الإرسال</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Edit the message in the reply box</source>
        <translation>تحرير الرسالة في مربع الرد</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard the message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesButton</name>
    <message numerus="yes">
        <source>%n new case(s) not sent</source>
        <translation>
            <numerusform>لا طلبات دعم جديدة غير مُرسلة</numerusform>
            <numerusform>طلب دعم جديد واحد غير مُرسل</numerusform>
            <numerusform>طلبا دعم جديدان غير مُرسلين</numerusform>
            <numerusform>%n طلبات دعم جديدة غير مُرسلة</numerusform>
            <numerusform>%n طلب دعم جديدًا غير مُرسل</numerusform>
            <numerusform>%n طلب دعم جديد غير مُرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) waiting to be sent</source>
        <translation>
            <numerusform>لا طلبات دعم جديدة بانتظار الإرسال</numerusform>
            <numerusform>طلب دعم جديد واحد بانتظار الإرسال</numerusform>
            <numerusform>طلبا دعم جديدان بانتظار الإرسال</numerusform>
            <numerusform>%n طلبات دعم جديدة بانتظار الإرسال</numerusform>
            <numerusform>%n طلب دعم جديدًا بانتظار الإرسال</numerusform>
            <numerusform>%n طلب دعم جديد بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the new cases waiting to be sent</source>
        <translation>عرض طلبات الدعم الجديدة التي بانتظار الإرسال</translation>
    </message>
</context>
<context>
    <name>osm::ui::PendingCasesDialog</name>
    <message>
        <source>New Cases Waiting to Be Sent</source>
        <translation>طلبات دعم جديدة بانتظار الإرسال</translation>
    </message>
    <message>
        <source>These new cases are saved on this computer and are created as soon as the server can be reached. A case the server refused shows its reason: edit it, retry or discard it.</source>
        <translation>طلبات الدعم الجديدة هذه محفوظة على هذا الكمبيوتر، وستُنشأ بمجرد إمكانية الوصول إلى الخادم. ويظهر لطلب الدعم الذي رفضه الخادم سبب الرفض: عدّله أو أعد المحاولة أو تجاهله.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeCache</name>
    <message>
        <source>Your account&apos;s administrator has restricted case submission, and your user does not hold the privilege to submit cases. Ask the administrator of the main account to grant it.</source>
        <translation>قيّد مسؤول حسابك تقديم طلبات الدعم، ولا يملك مستخدمك امتياز تقديم طلبات الدعم. اطلب من مسؤول الحساب الرئيسي منحك إياه.</translation>
    </message>
    <message>
        <source>You are signed in with a delegated account, and the account&apos;s administrator does not allow delegated accounts to work on cases. Ask the administrator to grant the case privilege.</source>
        <translation>لقد سجّلت الدخول بحساب مُنيب، ولا يسمح مسؤول الحساب للحسابات المُنيبة بالعمل على طلبات الدعم. اطلب من المسؤول منحك امتياز طلبات الدعم.</translation>
    </message>
    <message>
        <source>Your user does not hold the privilege to export cases. Ask the administrator of the main account to grant it.</source>
        <translation>لا يملك مستخدمك امتياز تصدير طلبات الدعم. اطلب من مسؤول الحساب الرئيسي منحك إياه.</translation>
    </message>
    <message>
        <source>You may not see or change the cases of this IAM group: your user is not allowed to work on its members&apos; cases. Check the group ID, or ask your administrator to add you to the group.</source>
        <translation>لا يمكنك عرض طلبات الدعم الخاصة بمجموعة IAM هذه أو تغييرها: غير مسموح لمستخدمك بالعمل على طلبات دعم أعضائها. تحقّق من معرّف المجموعة، أو اطلب من المسؤول إضافتك إلى المجموعة.</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegeNotice</name>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>لماذا بعض الإجراءات غير متاحة</translation>
    </message>
</context>
<context>
    <name>osm::ui::PrivilegePolicyTab</name>
    <message>
        <source>Restrictions the main account switches on for its IAM users: a restricted privilege is held only by the users it is granted to.</source>
        <translation>قيود يفعّلها الحساب الرئيسي لمستخدمي IAM التابعين له: لا يملك الامتياز المقيَّد إلا المستخدمون الممنوح لهم.</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>الامتياز</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>التقييد</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>الامتيازات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>whether the restriction of a privilege is switched on</extracomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;تقييد</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction</source>
        <translation>&amp;رفع التقييد</translation>
    </message>
</context>
<context>
    <name>osm::ui::ProfileDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>تحذير سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>e.g. Production account</source>
        <extracomment>Placeholder of the account name field</extracomment>
        <translation>مثال: حساب الإنتاج</translation>
    </message>
    <message>
        <source>Account name problem</source>
        <translation>مشكلة في اسم الحساب</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>نقطة نهاية مخصصة…</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>عناوين الموقع</translation>
    </message>
    <message>
        <source>&amp;OSM URL:</source>
        <translation>عنوان URL لـ &amp;OSM:</translation>
    </message>
    <message>
        <source>OSM URL</source>
        <translation>عنوان URL لـ OSM</translation>
    </message>
    <message>
        <source>https://osm.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://osm.example.com أو http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>OSM URL problem</source>
        <translation>مشكلة في عنوان URL لـ OSM</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>عنوان URL لـ &amp;IAM:</translation>
    </message>
    <message>
        <source>IAM URL</source>
        <translation>عنوان URL لـ IAM</translation>
    </message>
    <message>
        <source>https://iam.example.com or http://127.0.0.1:8080</source>
        <extracomment>Placeholder; only loopback addresses may use plain http</extracomment>
        <translation>https://iam.example.com أو http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>IAM URL problem</source>
        <translation>مشكلة في عنوان URL لـ IAM</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>تسجيل الدخول &amp;باستخدام:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>طريقة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>مفتاح الوصول (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>مستخدم IAM وكلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>بيانات تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>مفتاح ال&amp;وصول (AK):</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>مفتاح الوصول</translation>
    </message>
    <message>
        <source>Access key problem</source>
        <translation>مشكلة في مفتاح الوصول</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>المفتاح ال&amp;سري (SK):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Secret key problem</source>
        <translation>مشكلة في المفتاح السري</translation>
    </message>
    <message>
        <source>&amp;Domain ID:</source>
        <translation>معرّف ال&amp;نطاق:</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>معرّف النطاق</translation>
    </message>
    <message>
        <source>Looked up automatically when empty</source>
        <translation>يُبحث عنه تلقائيًا إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>&amp;Temporary key (with a security token)</source>
        <translation>مفتاح &amp;مؤقت (مع رمز أمان مميز)</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>مفتاح مؤقت</translation>
    </message>
    <message>
        <source>Security to&amp;ken:</source>
        <translation>رمز الأمان ال&amp;مميز:</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>رمز الأمان المميز</translation>
    </message>
    <message>
        <source>Security token problem</source>
        <translation>مشكلة في رمز الأمان المميز</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <extracomment>The Huawei Cloud account that the IAM user belongs to</extracomment>
        <translation>اسم ال&amp;حساب:</translation>
    </message>
    <message>
        <source>Account (domain) name</source>
        <translation>اسم الحساب (النطاق)</translation>
    </message>
    <message>
        <source>The Huawei Cloud account (domain) that the IAM user belongs to</source>
        <translation>حساب Huawei Cloud (النطاق) الذي ينتمي إليه مستخدم IAM</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>اسم مس&amp;تخدم IAM:</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>اسم مستخدم IAM</translation>
    </message>
    <message>
        <source>IAM user name problem</source>
        <translation>مشكلة في اسم مستخدم IAM</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>مشكلة في كلمة المرور</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>معرّف الم&amp;شروع:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>Optional; the account is the scope when empty</source>
        <translation>اختياري؛ يكون الحساب هو النطاق إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Secret</source>
        <translation>&amp;نسيان السرّ المخزَّن</translation>
    </message>
    <message>
        <source>Forget stored secret</source>
        <translation>نسيان السرّ المخزَّن</translation>
    </message>
    <message>
        <source>Remove this account&apos;s secret from the keychain; you will have to enter it again</source>
        <translation>إزالة سرّ هذا الحساب من سلسلة المفاتيح؛ سيتعين عليك إدخاله مرة أخرى</translation>
    </message>
    <message>
        <source>OSM %1 · IAM %2</source>
        <extracomment>%1 and %2 are the OSM and IAM addresses of the chosen site</extracomment>
        <translation>OSM ‏%1 · IAM ‏%2</translation>
    </message>
    <message>
        <source>No secret is stored; enter it</source>
        <translation>لا يوجد سرّ مخزَّن؛ أدخله</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>بلا تغيير؛ اكتب للاستبدال</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>أدخل اسمًا لهذا الحساب.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>يوجد حساب آخر باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>أدخل العنوان.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>أدخل مفتاح الوصول (AK).</translation>
    </message>
    <message>
        <source>An access key has no spaces.</source>
        <translation>لا يحتوي مفتاح الوصول على مسافات.</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>أدخل المفتاح السري (SK).</translation>
    </message>
    <message>
        <source>A temporary key needs its security token.</source>
        <translation>يحتاج المفتاح المؤقت إلى رمز الأمان المميز الخاص به.</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>أدخل اسم الحساب (النطاق).</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>أدخل اسم مستخدم IAM.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>جارٍ حفظ السرّ في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>The secret will be forgotten when OSM Desk quits: it could not be stored in the keychain, so it is kept in memory for this session only. You will have to enter it again next time.
%1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>سيُنسى السرّ عند إغلاق OSM Desk: تعذّر تخزينه في سلسلة المفاتيح، لذا يُحتفظ به في الذاكرة لهذه الجلسة فقط. سيتعين عليك إدخاله مرة أخرى في المرة القادمة.
%1</translation>
    </message>
    <message>
        <source>The secret could not be saved, so the account was not saved either. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>تعذّر حفظ السرّ، لذا لم يُحفظ الحساب أيضًا. %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>جارٍ إزالة السرّ من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>The secret could not be removed. %1</source>
        <extracomment>%1 is the keychain&apos;s reason, a sentence</extracomment>
        <translation>تعذّرت إزالة السرّ. %1</translation>
    </message>
    <message>
        <source>The stored secret was removed. Enter it again to sign in with this account.</source>
        <translation>أُزيل السرّ المخزَّن. أدخله مرة أخرى لتسجيل الدخول بهذا الحساب.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;حفظ</translation>
    </message>
</context>
<context>
    <name>osm::ui::RelatedCasesEditor</name>
    <message>
        <source>Case</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>مقدِّم الطلب</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>طلبات الدعم المرتبطة</translation>
    </message>
    <message>
        <source>Related case ID</source>
        <translation>رقم طلب الدعم المرتبط</translation>
    </message>
    <message>
        <source>Case ID to relate</source>
        <translation>رقم طلب الدعم المراد ربطه</translation>
    </message>
    <message>
        <source>IAM group ID for relations</source>
        <translation>معرّف مجموعة IAM لعمليات الربط</translation>
    </message>
    <message>
        <source>IAM group ID</source>
        <translation>معرّف مجموعة IAM</translation>
    </message>
    <message>
        <source>The relation calls of the OSM API require the ID of your IAM group.</source>
        <translation>تتطلب عمليات الربط في واجهة OSM البرمجية معرّف مجموعة IAM الخاصة بك.</translation>
    </message>
    <message>
        <source>Re&amp;late</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Add related case</source>
        <translation>إضافة طلب دعم مرتبط</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open related case</source>
        <translation>فتح طلب الدعم المرتبط</translation>
    </message>
    <message>
        <source>Unrelate</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Remove related case</source>
        <translation>إزالة طلب الدعم المرتبط</translation>
    </message>
</context>
<context>
    <name>osm::ui::ReportFeedbackDialog</name>
    <message>
        <source>Describe what you are reporting.</source>
        <translation>صف ما تبلغ عنه.</translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>يتجاوز الوصف الحد المسموح به بـ%n حرف.</numerusform>
            <numerusform>يتجاوز الوصف الحد المسموح به بحرف واحد.</numerusform>
            <numerusform>يتجاوز الوصف الحد المسموح به بحرفين.</numerusform>
            <numerusform>يتجاوز الوصف الحد المسموح به بـ%n أحرف.</numerusform>
            <numerusform>يتجاوز الوصف الحد المسموح به بـ%n حرفًا.</numerusform>
            <numerusform>يتجاوز الوصف الحد المسموح به بـ%n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one file as evidence.</source>
        <translation>أضف ملفًا واحدًا على الأقل كدليل.</translation>
    </message>
    <message>
        <source>Describe the right that is infringed.</source>
        <translation>صف الحق الذي انتُهك.</translation>
    </message>
    <message>
        <source>An infringement report needs your name, mobile number and e-mail address.</source>
        <translation>يتطلب بلاغ الانتهاك اسمك ورقم جوالك وعنوان بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Waiting for the files to upload…</source>
        <translation>بانتظار اكتمال رفع الملفات…</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <extracomment>%1 is a file name, %2 why it could not be uploaded</extracomment>
        <translation>تعذّر رفع %1: %2</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>characters typed / the limit</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Report Infringement or Illegal Information</source>
        <translation>الإبلاغ عن انتهاك أو معلومات غير قانونية</translation>
    </message>
    <message>
        <source>Intellectual-property infringement</source>
        <translation>انتهاك الملكية الفكرية</translation>
    </message>
    <message>
        <source>Illegal information</source>
        <translation>معلومات غير قانونية</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>مواد إباحية</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>قمار</translation>
    </message>
    <message>
        <source>Political breach</source>
        <translation>مخالفة سياسية</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>احتيال</translation>
    </message>
    <message>
        <source>Virtual currency</source>
        <translation>عملة افتراضية</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>خادم وكيل</translation>
    </message>
    <message>
        <source>Website without ICP filing</source>
        <translation>موقع ويب غير مسجّل لدى ICP</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>معلومات حساسة</translation>
    </message>
    <message>
        <source>Violence or terrorism</source>
        <translation>عنف أو إرهاب</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>شائعات</translation>
    </message>
    <message>
        <source>Insulting heroes and martyrs</source>
        <translation>إهانة الأبطال والشهداء</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>Harm to minors</source>
        <translation>الإضرار بالقُصَّر</translation>
    </message>
    <message>
        <source>Cyberattack</source>
        <translation>هجوم إلكتروني</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>رسائل غير مرغوب فيها</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>حقوق النشر</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>علامة تجارية</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>براءة اختراع</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Authorized agent</source>
        <translation>وكيل مفوَّض</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>محامٍ</translation>
    </message>
    <message>
        <source>Right owner</source>
        <translation>صاحب الحق</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>ال&amp;بلاغ:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Reported &amp;party:</source>
        <translation>ال&amp;طرف المُبلَّغ عنه:</translation>
    </message>
    <message>
        <source>Reported p&amp;roduct:</source>
        <translation>المنتج المُبلَّغ &amp;عنه:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>الأ&amp;دلة:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Product or service; website address</source>
        <translation>المنتج أو الخدمة؛ عنوان الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>What is infringing or illegal, and where it can be seen</source>
        <translation>ما المحتوى المنتهِك أو غير القانوني، وأين يمكن رؤيته</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>طول الوصف</translation>
    </message>
    <message>
        <source>Reported party</source>
        <translation>الطرف المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>The party or merchant reported (optional)</source>
        <translation>الطرف أو التاجر المُبلَّغ عنه (اختياري)</translation>
    </message>
    <message>
        <source>Reported product</source>
        <translation>المنتج المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>The infringing product or service (optional)</source>
        <translation>المنتج أو الخدمة المنتهِكة (اختياري)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <source>One to %1 files that show what you report</source>
        <extracomment>%1 is the largest number of files</extracomment>
        <translation>من ملف واحد إلى %1 ملفات توضح ما تبلغ عنه</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Infringed right</source>
        <translation>الحق المنتهَك</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Registered &amp;in:</source>
        <translation>مسجّل &amp;في:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>&amp;رقم التسجيل:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <source>Kind of right</source>
        <translation>نوع الحق</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>مسجّل في</translation>
    </message>
    <message>
        <source>Country or region (optional)</source>
        <translation>البلد أو المنطقة (اختياري)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Trademark or patent number (optional)</source>
        <translation>رقم العلامة التجارية أو براءة الاختراع (اختياري)</translation>
    </message>
    <message>
        <source>Right description</source>
        <translation>وصف الحق</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>بيانات الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>ال&amp;جوال:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>Country or re&amp;gion:</source>
        <translation>البلد أو ال&amp;منطقة:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>You a&amp;re:</source>
        <translation>&amp;صفتك:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>ال&amp;شركة:</translation>
    </message>
    <message>
        <source>&amp;Other contact:</source>
        <translation>وسيلة اتصال أ&amp;خرى:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>البلد أو المنطقة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>صفتك</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>وسيلة اتصال أخرى</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;Send Report</source>
        <translation>إ&amp;رسال البلاغ</translation>
    </message>
</context>
<context>
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>هذه الرسالة أطول من أن تُعرض كاملة؛ وقد أُسقط الباقي.</translation>
    </message>
</context>
<context>
    <name>osm::ui::SaveViewAsCsv</name>
    <message>
        <source>Save View as CSV</source>
        <translation>حفظ العرض كملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>لم يُحفظ أي طلب دعم في %1</numerusform>
            <numerusform>تم حفظ طلب دعم واحد في %1</numerusform>
            <numerusform>تم حفظ طلبَي دعم في %1</numerusform>
            <numerusform>تم حفظ %n طلبات دعم في %1</numerusform>
            <numerusform>تم حفظ %n طلب دعم في %1</numerusform>
            <numerusform>تم حفظ %n طلب دعم في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::SubmissionPrivilegeGate</name>
    <message>
        <source>New Case</source>
        <translation>طلب دعم جديد</translation>
    </message>
    <message>
        <source>You cannot submit cases with this user.</source>
        <translation>لا يمكنك تقديم طلبات الدعم بهذا المستخدم.</translation>
    </message>
</context>
<context>
    <name>osm::ui::TrayNotifier</name>
    <message>
        <source>Show OSM Desk</source>
        <translation>إظهار OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>OSM Desk tray menu</source>
        <translation>قائمة OSM Desk في علبة النظام</translation>
    </message>
    <message numerus="yes">
        <source>OSM Desk: %n unread message(s)</source>
        <translation>
            <numerusform>OSM Desk: لا توجد رسائل غير مقروءة</numerusform>
            <numerusform>OSM Desk: رسالة واحدة غير مقروءة</numerusform>
            <numerusform>OSM Desk: رسالتان غير مقروءتين</numerusform>
            <numerusform>OSM Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>OSM Desk: %n رسالةً غير مقروءة</numerusform>
            <numerusform>OSM Desk: %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM Desk: no unread messages</source>
        <translation>OSM Desk: لا توجد رسائل غير مقروءة</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>لا توجد رسائل غير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <extracomment>A tray menu entry: the case number and how many of its messages are unread.</extracomment>
        <translation>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
            <numerusform>%1 (%n غير مقروءة)</numerusform>
        </translation>
    </message>
    <message>
        <source>New reply in case %1</source>
        <translation>رد جديد في طلب الدعم %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>لا توجد رسائل غير مقروءة</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالةً غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New replies in %n case(s)</source>
        <translation>
            <numerusform>ردود جديدة</numerusform>
            <numerusform>ردود جديدة في طلب دعم واحد</numerusform>
            <numerusform>ردود جديدة في طلبي دعم</numerusform>
            <numerusform>ردود جديدة في %n طلبات دعم</numerusform>
            <numerusform>ردود جديدة في %n طلب دعم</numerusform>
            <numerusform>ردود جديدة في %n طلب دعم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osm::ui::ViewsPane</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A view&apos;s name and its number of unread messages, as mail clients show folders.</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Choose IAM &amp;Group…</source>
        <translation>اختيار &amp;مجموعة IAM…</translation>
    </message>
</context>
</TS>
