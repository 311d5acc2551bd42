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
    <name>osm::api::Labels</name>
    <message>
        <source>it must be a colour written as #RRGGBB, such as #1E88E5.</source>
        <translation>يجب أن تكون لونًا بالصيغة #RRGGBB، مثل #1E88E5.</translation>
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
        <source>Read the case list again (%1)</source>
        <translation>إعادة قراءة قائمة طلبات الدعم (%1)</translation>
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
</TS>
