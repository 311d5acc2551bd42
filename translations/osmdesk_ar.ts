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
    <name>osm::ctl::CasesCommands</name>
    <message>
        <source>false: keep the rich-text markup in descriptions and messages (default true: plain text).</source>
        <translation>false: الإبقاء على ترميز النص المنسّق في الأوصاف والرسائل (الافتراضي true: نص عادي).</translation>
    </message>
    <message>
        <source>Support cases: list, show, count, status, logs.</source>
        <translation>طلبات الدعم: list وshow وcount وstatus وlogs.</translation>
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
</context>
<context>
    <name>osm::ui::MainWindow</name>
    <message>
        <source>OSM Desk</source>
        <translation>OSM Desk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>طلبات الدعم</translation>
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
    <name>osm::ui::RichTextSanitizer</name>
    <message>
        <source>This message is too long to show in full; the rest was left out.</source>
        <translation>هذه الرسالة أطول من أن تُعرض كاملة؛ وقد أُسقط الباقي.</translation>
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
