<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>CardPanel</name>
    <message>
        <source>The smart card service is not running</source>
        <translation>บริการสมาร์ตการ์ดไม่ทำงาน</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>ไม่ได้เชื่อมต่อเครื่องอ่านบัตร</translation>
    </message>
    <message>
        <source>Reader ready: %1</source>
        <translation>เครื่องอ่านบัตรพร้อม: %1</translation>
    </message>
</context>
<context>
    <name>CitizenBar</name>
    <message>
        <source>Show ID (Ctrl+R)</source>
        <translation>แสดงเลขบัตร (Ctrl+R)</translation>
    </message>
    <message>
        <source>End visit (F8)</source>
        <translation>ปิดการรับบริการ (F8)</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Damrongdham e-Service Counter</source>
        <translation>จุดบริการ e-Service ศูนย์ดำรงธรรมอำเภอ</translation>
    </message>
    <message>
        <source>Demo: log in as %1 or %2, password %3.</source>
        <translation>โหมดสาธิต: เข้าสู่ระบบด้วย %1 หรือ %2 รหัสผ่าน %3</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>The app hit an unexpected error. Saved records are safe. If it happens again, send the log folder to support.</source>
        <translation>โปรแกรมเกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกไว้แล้วไม่สูญหาย หากเกิดขึ้นอีก โปรดส่งโฟลเดอร์บันทึกการทำงาน (log) ให้ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>CounterController</name>
    <message>
        <source>Attach scanned documents</source>
        <translation>แนบเอกสารสแกน</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>ไฟล์สแกน (*.jpg *.jpeg *.png *.pdf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>time with the service %1</source>
        <translation>ใช้เวลาให้บริการ %1</translation>
    </message>
    <message>
        <source>Saved — final result, no request needed</source>
        <translation>บันทึกแล้ว — เป็นผลสิ้นสุด ไม่ต้องรับเรื่องไว้ติดตาม</translation>
    </message>
    <message>
        <source>Saved — request taken in, status: %1</source>
        <translation>บันทึกแล้ว — รับเรื่องไว้ติดตาม สถานะ: %1</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>กำลังจัดทำใบรับเรื่อง…</translation>
    </message>
    <message>
        <source>Receipt ready: Ctrl+P prints it.</source>
        <translation>ใบรับเรื่องพร้อมแล้ว: กด Ctrl+P เพื่อพิมพ์</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>กำลังพิมพ์ใบรับเรื่อง…</translation>
    </message>
    <message>
        <source>Receipt printed on %1.</source>
        <translation>พิมพ์ใบรับเรื่องที่เครื่อง %1 แล้ว</translation>
    </message>
    <message>
        <source>Citizen ID: %1</source>
        <translation>เลขประจำตัวประชาชน: %1</translation>
    </message>
    <message>
        <source>Citizen not identified</source>
        <translation>ไม่ระบุตัวผู้รับบริการ</translation>
    </message>
    <message>
        <source>No personal data is kept for this visit.</source>
        <translation>ไม่เก็บข้อมูลส่วนบุคคลในการรับบริการครั้งนี้</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>อ่านจากบัตร</translation>
    </message>
    <message>
        <source>typed by hand</source>
        <translation>กรอกเอง</translation>
    </message>
    <message>
        <source>Consent given at %1 (%2)</source>
        <translation>ให้ความยินยอมเวลา %1 น. (%2)</translation>
    </message>
    <message>
        <source>No service saved yet in this visit.</source>
        <translation>ยังไม่ได้บันทึกงานบริการในการรับบริการครั้งนี้</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Counter</source>
        <translation>งานบริการ</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>ผู้รับบริการ</translation>
    </message>
    <message>
        <source>ID / phone</source>
        <translation>เลขบัตร / โทรศัพท์</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ขั้นตอนต่อไป</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>วันรับเรื่อง</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>วันเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Agency ref.</source>
        <translation>เลขอ้างอิงหน่วยงาน</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>เอกสารสแกน</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Status / by</source>
        <translation>สถานะ / ผู้บันทึก</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Update (F4)</source>
        <translation>อัปเดตสถานะ (F4)</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>พิมพ์ซ้ำ (Ctrl+P)</translation>
    </message>
    <message>
        <source>ID (Ctrl+R)</source>
        <translation>เลขบัตร (Ctrl+R)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <source>Choose a request in the list, or scan its receipt.</source>
        <translation>เลือกเรื่องจากรายการ หรือสแกนบาร์โค้ดบนใบรับเรื่อง</translation>
    </message>
</context>
<context>
    <name>DistrictForm</name>
    <message>
        <source>e.g. Damrongdham Centre, Mueang Yasothon District</source>
        <translation>เช่น ศูนย์ดำรงธรรมอำเภอเมืองยโสธร</translation>
    </message>
    <message>
        <source>The 4-digit DOPA code of the district (province 2 digits + district 2)</source>
        <translation>รหัสอำเภอของกรมการปกครอง 4 หลัก (รหัสจังหวัด 2 หลัก + รหัสอำเภอ 2 หลัก)</translation>
    </message>
    <message>
        <source>Give each counter PC of the district its own number</source>
        <translation>คอมพิวเตอร์จุดบริการแต่ละเครื่องในอำเภอต้องมีหมายเลขไม่ซ้ำกัน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>ชื่อศูนย์</translation>
    </message>
    <message>
        <source>DOPA district code</source>
        <translation>รหัสอำเภอ (กรมการปกครอง)</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>หมายเลขเคาน์เตอร์</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Centre phone</source>
        <translation>โทรศัพท์ของศูนย์</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Your district</source>
        <translation>ข้อมูลอำเภอ</translation>
    </message>
    <message>
        <source>The centre this counter serves. It is printed on receipts and reports.</source>
        <translation>ศูนย์ที่จุดบริการนี้สังกัด ข้อมูลนี้จะพิมพ์บนใบรับเรื่องและรายงาน</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this counter</source>
        <translation>ตั้งค่าจุดบริการนี้</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>IdentifyStep</name>
    <message>
        <source>Connecting to the card reader…</source>
        <translation>กำลังเชื่อมต่อเครื่องอ่านบัตร…</translation>
    </message>
    <message>
        <source>F2 — serve without an ID card (no personal data kept)</source>
        <translation>F2 — ไม่ใช้บัตรประชาชน (ไม่เก็บข้อมูลส่วนบุคคล)</translation>
    </message>
    <message>
        <source>Ctrl+M — type the citizen&apos;s details by hand</source>
        <translation>Ctrl+M — พิมพ์ข้อมูลผู้รับบริการเอง</translation>
    </message>
    <message>
        <source>Ctrl+F — search e-Services</source>
        <translation>Ctrl+F — ค้นหางานบริการ</translation>
    </message>
    <message>
        <source>F9 — insert the demo ID card · F10 — take it out</source>
        <translation>F9 — เสียบบัตรสาธิต · F10 — ถอดบัตร</translation>
    </message>
    <message>
        <source>Serve without ID card (F2)</source>
        <translation>ไม่ใช้บัตรประชาชน (F2)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import a CSV file…</source>
        <translation>นำเข้าไฟล์ CSV…</translation>
    </message>
    <message>
        <source>A header row names the columns: date (YYYY-MM-DD or DD/MM/YYYY B.E.), form_number, sex, age_band, occupation, education, visits_6m, heard_from, services, q1_1 … q4, suitable, suitable_reasons, unsuitable_reason, wanted_services, problems, suggestions. Several values in one cell are separated by &apos;;&apos;. A file with any problem is not imported at all; importing the same file again adds nothing.</source>
        <translation>แถวแรกเป็นหัวตารางบอกชื่อคอลัมน์: date (YYYY-MM-DD หรือ วว/ดด/ปปปป พ.ศ.), form_number, sex, age_band, occupation, education, visits_6m, heard_from, services, q1_1 … q4, suitable, suitable_reasons, unsuitable_reason, wanted_services, problems, suggestions หากช่องเดียวมีหลายค่าให้คั่นด้วย &apos;;&apos; ไฟล์ที่มีปัญหาแม้เพียงแถวเดียวจะไม่ถูกนำเข้าเลย และการนำเข้าไฟล์เดิมซ้ำจะไม่เพิ่มข้อมูลซ้ำ</translation>
    </message>
</context>
<context>
    <name>KioskPanel</name>
    <message>
        <source>Open the survey screen</source>
        <translation>เปิดหน้าจอแบบสำรวจ</translation>
    </message>
    <message>
        <source>Start a survey now</source>
        <translation>เริ่มแบบสำรวจทันที</translation>
    </message>
    <message>
        <source>The survey screen fills the chosen monitor (turn it towards the citizen). It resets itself after each survey and when left idle. Only an officer&apos;s username and password close it: tap &quot;Staff&quot; in its bottom corner.</source>
        <translation>หน้าจอแบบสำรวจจะแสดงเต็มจอภาพที่เลือก (หันจอไปทางผู้รับบริการ) และเริ่มใหม่เองทุกครั้งที่ตอบเสร็จหรือเมื่อไม่มีผู้ใช้งาน ปิดได้ด้วยชื่อผู้ใช้และรหัสผ่านของเจ้าหน้าที่เท่านั้น: แตะ &quot;เจ้าหน้าที่&quot; ที่มุมล่างของหน้าจอ</translation>
    </message>
    <message>
        <source>Screen facing the citizen</source>
        <translation>จอภาพฝั่งผู้รับบริการ</translation>
    </message>
    <message>
        <source>Citizen survey screen</source>
        <translation>หน้าจอแบบสำรวจสำหรับผู้รับบริการ</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>กรอกชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Damrongdham e-Service Counter — Log in</source>
        <translation>จุดบริการ e-Service ศูนย์ดำรงธรรมอำเภอ — เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Damrongdham e-Service Counter</source>
        <translation>จุดบริการ e-Service ศูนย์ดำรงธรรมอำเภอ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Damrongdham e-Service Counter</source>
        <translation>จุดบริการ e-Service ศูนย์ดำรงธรรมอำเภอ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Card reader: not checked</source>
        <translation>เครื่องอ่านบัตร: ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Printer: not checked</source>
        <translation>เครื่องพิมพ์: ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>ติดตามเรื่อง</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Card reader: PC/SC service not running</source>
        <translation>เครื่องอ่านบัตร: บริการ PC/SC ไม่ทำงาน</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>เครื่องอ่านบัตร: ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Card reader: last read failed</source>
        <translation>เครื่องอ่านบัตร: อ่านบัตรครั้งล่าสุดไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>เครื่องอ่านบัตร: พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Receipt printer: not found</source>
        <translation>เครื่องพิมพ์ใบรับเรื่อง: ไม่พบ</translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation>เครื่องพิมพ์ใบรับเรื่อง: %1</translation>
    </message>
    <message>
        <source>Sync: nothing waiting</source>
        <translation>ส่งข้อมูล: ไม่มีรายการค้างส่ง</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n record(s) waiting to sync</source>
        <translation>
            <numerusform>ออฟไลน์: %n รายการรอส่งข้อมูล</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualEntryForm</name>
    <message>
        <source>The citizen has no card with them</source>
        <translation>ผู้รับบริการไม่ได้นำบัตรมา</translation>
    </message>
    <message>
        <source>The chip is damaged or cannot be read</source>
        <translation>ชิปบัตรเสียหรืออ่านไม่ได้</translation>
    </message>
    <message>
        <source>The card is not a Thai ID card</source>
        <translation>ไม่ใช่บัตรประจำตัวประชาชนไทย</translation>
    </message>
    <message>
        <source>The citizen agreed that the counter uses these details for this service</source>
        <translation>ผู้รับบริการยินยอมให้จุดบริการใช้ข้อมูลนี้ในงานบริการครั้งนี้</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>ใช้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ชื่อกลาง</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s details</source>
        <translation>กรอกข้อมูลผู้รับบริการ</translation>
    </message>
    <message>
        <source>Type the 13-digit citizen ID</source>
        <translation>พิมพ์เลขประจำตัวประชาชน 13 หลัก</translation>
    </message>
    <message>
        <source>Not yet 13 digits</source>
        <translation>ยังไม่ครบ 13 หลัก</translation>
    </message>
    <message>
        <source>Only digits and dashes, please</source>
        <translation>ใส่ได้เฉพาะตัวเลขและขีด (-)</translation>
    </message>
    <message>
        <source>More than 13 digits</source>
        <translation>เกิน 13 หลัก</translation>
    </message>
    <message>
        <source>A citizen ID cannot start with this digit</source>
        <translation>เลขประจำตัวประชาชนขึ้นต้นด้วยเลขนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is mistyped</source>
        <translation>เลขตรวจสอบไม่ตรง: มีตัวเลขพิมพ์ผิด</translation>
    </message>
    <message>
        <source>Valid citizen ID</source>
        <translation>เลขประจำตัวประชาชนถูกต้อง</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>OfferedEditorController</name>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) offered.</source>
        <translation>
            <numerusform>เปิดให้บริการ %n งานบริการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferedEditorView</name>
    <message>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>ลิงก์คู่มือ</translation>
    </message>
    <message>
        <source>Add a service: type its name or agency, pick it, press Enter</source>
        <translation>เพิ่มงานบริการ: พิมพ์ชื่องานหรือหน่วยงาน เลือกรายการ แล้วกด Enter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Save services</source>
        <translation>บันทึกงานบริการ</translation>
    </message>
</context>
<context>
    <name>OfficersController</name>
    <message>
        <source>Officer added.</source>
        <translation>เพิ่มเจ้าหน้าที่แล้ว</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>Select an officer in the table first.</source>
        <translation>เลือกเจ้าหน้าที่ในตารางก่อน</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานได้</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
</context>
<context>
    <name>OfficersView</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>ระงับ / เปิดใช้งาน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>เพิ่มเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Result (press 1–4)</source>
        <translation>ผลการให้บริการ (กด 1–4)</translation>
    </message>
    <message>
        <source>— choose why —</source>
        <translation>— เลือกสาเหตุ —</translation>
    </message>
    <message>
        <source>The agency&apos;s own reference number, if it gave one</source>
        <translation>เลขอ้างอิงที่หน่วยงานออกให้ (ถ้ามี)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (B.E.), dd/mm or +7</source>
        <translation>วว/ดด/ปปปป, วว/ดด หรือ +7</translation>
    </message>
    <message>
        <source>What was done; no personal data here</source>
        <translation>สิ่งที่ดำเนินการ (ห้ามใส่ข้อมูลส่วนบุคคล)</translation>
    </message>
    <message>
        <source>Add scan… (Ctrl+Shift+A)</source>
        <translation>แนบไฟล์สแกน… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Print the receipt after saving</source>
        <translation>พิมพ์ใบรับเรื่องหลังบันทึก</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Discard (Esc Esc)</source>
        <translation>ยกเลิก (Esc Esc)</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>โทรศัพท์ติดต่อ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ขั้นตอนต่อไป</translation>
    </message>
    <message>
        <source>Pick-up date</source>
        <translation>วันนัดรับเอกสาร</translation>
    </message>
    <message>
        <source>Agency ref.</source>
        <translation>เลขอ้างอิงหน่วยงาน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึกเพิ่มเติม</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>เอกสารสแกน</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>Choose the result with 1–4.</source>
        <translation>เลือกผลการให้บริการด้วยปุ่ม 1–4</translation>
    </message>
    <message>
        <source>Final result: no request is created.</source>
        <translation>เป็นผลสิ้นสุด: ไม่ต้องรับเรื่องไว้ติดตาม</translation>
    </message>
    <message>
        <source>Saving creates a request with a tracking number, status “%1”.</source>
        <translation>เมื่อบันทึกจะออกเลขรับเรื่องไว้ติดตาม สถานะ “%1”</translation>
    </message>
</context>
<context>
    <name>PaperEntryController</name>
    <message>
        <source>Already recorded</source>
        <translation>บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Form %1 has already been keyed in.</source>
        <translation>แบบสำรวจเลขที่ %1 บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>แบบสำรวจใหม่</translation>
    </message>
    <message>
        <source>Saved form %1.</source>
        <translation>บันทึกแบบสำรวจเลขที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Saved the form.</source>
        <translation>บันทึกแบบสำรวจแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Surveys dated today: %n</source>
        <translation>
            <numerusform>แบบสำรวจของวันนี้: %n ฉบับ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperEntryView</name>
    <message>
        <source>Save form (Ctrl+S)</source>
        <translation>บันทึกแบบสำรวจ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Key in a paper survey</source>
        <translation>บันทึกแบบสำรวจฉบับกระดาษ</translation>
    </message>
    <message>
        <source>Type the number of the ticked box (1 = first), ratings 1–5, several ticks as digits separated by spaces. Enter moves to the next field; Enter on the last field saves.</source>
        <translation>พิมพ์ลำดับของช่องที่ทำเครื่องหมาย (1 = ช่องแรก) คะแนน 1–5 หากทำเครื่องหมายหลายช่องให้พิมพ์ตัวเลขคั่นด้วยเว้นวรรค กด Enter เพื่อไปช่องถัดไป และกด Enter ที่ช่องสุดท้ายเพื่อบันทึก</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>เลขที่แบบสำรวจ</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>วันที่มารับบริการ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY B.E.</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <source>Part 1: about the respondent</source>
        <translation>ส่วนที่ 1: ข้อมูลทั่วไปของผู้ตอบแบบสำรวจ</translation>
    </message>
    <message>
        <source>Part 2: satisfaction (5 = very satisfied … 1 = very dissatisfied)</source>
        <translation>ส่วนที่ 2: ระดับความพึงพอใจ (5 = มากที่สุด … 1 = น้อยที่สุด)</translation>
    </message>
    <message>
        <source>Part 3: problems and suggestions</source>
        <translation>ส่วนที่ 3: ปัญหาอุปสรรคและข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>several items separated by ;</source>
        <translation>หลายรายการให้คั่นด้วย ;</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>อื่น ๆ (โปรดระบุ)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>ตัวอย่างก่อนพิมพ์ — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsController</name>
    <message>
        <source>Looking for printers…</source>
        <translation>กำลังค้นหาเครื่องพิมพ์…</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (ไม่พบ)</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>พบเครื่องพิมพ์ %n เครื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer found on this computer.</source>
        <translation>ไม่พบเครื่องพิมพ์ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>No default printer: choose one.</source>
        <translation>ไม่มีเครื่องพิมพ์หลัก: โปรดเลือกเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>%1 is not connected to this computer.</source>
        <translation>%1 ไม่ได้เชื่อมต่อกับคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 พร้อมใช้งาน</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsView</name>
    <message>
        <source>80 mm roll</source>
        <translation>กระดาษม้วน 80 มม.</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>กระดาษ A5</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>พิมพ์ใบรับเรื่องทดสอบ</translation>
    </message>
    <message>
        <source>Receipts (printed with one key, no dialog)</source>
        <translation>ใบรับเรื่อง (กดปุ่มเดียวพิมพ์ทันที ไม่มีหน้าต่างถาม)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Forms, posters and reports (A4/A3, previewed first)</source>
        <translation>แบบฟอร์ม โปสเตอร์ และรายงาน (A4/A3 ดูตัวอย่างก่อนพิมพ์)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Look for printers again</source>
        <translation>ค้นหาเครื่องพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>Where each document goes</source>
        <translation>เครื่องพิมพ์ของเอกสารแต่ละประเภท</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>เครื่องพิมพ์หลักของระบบ</translation>
    </message>
</context>
<context>
    <name>ProblemPrompt</name>
    <message>
        <source>Printing</source>
        <translation>การพิมพ์</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>QuestionnaireController</name>
    <message>
        <source>Saved earlier; saving again replaces it.</source>
        <translation>บันทึกไว้แล้ว หากบันทึกอีกครั้งจะแทนที่ของเดิม</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
    <message>
        <source>Questionnaire saved.</source>
        <translation>บันทึกแบบสอบถามแล้ว</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>DD/MM/YYYY B.E.</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>เหตุผลอื่น (โปรดระบุ)</translation>
    </message>
    <message>
        <source>Why not suitable</source>
        <translation>ไม่เหมาะสม เพราะ</translation>
    </message>
    <message>
        <source>Save questionnaire</source>
        <translation>บันทึกแบบสอบถาม</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>Counter opened on</source>
        <translation>วันที่เปิดให้บริการ</translation>
    </message>
    <message>
        <source>Position of the respondent</source>
        <translation>ตำแหน่งของผู้ตอบ</translation>
    </message>
    <message>
        <source>2. Problems in providing e-Services</source>
        <translation>2. ปัญหาอุปสรรคในการให้บริการ e-Service</translation>
    </message>
    <message>
        <source>3. Suggestions</source>
        <translation>3. ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Officer questionnaire (once per fiscal year)</source>
        <translation>แบบสอบถามผู้ให้บริการ (ปีงบประมาณละครั้ง)</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>FY B.E. </source>
        <translation>ปีงบฯ พ.ศ. </translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation>ผลการให้บริการ: %1</translation>
    </message>
    <message>
        <source>Visits per e-Service</source>
        <translation>จำนวนครั้งที่ใช้บริการ แยกตามงานบริการ</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>จำนวนครั้งที่ใช้บริการ รายวัน</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>จำนวนครั้งที่ใช้บริการ รายเดือน</translation>
    </message>
    <message>
        <source>Visits per hour of the day</source>
        <translation>จำนวนครั้งที่ใช้บริการ แยกตามชั่วโมงของวัน</translation>
    </message>
    <message>
        <source>Mean rating per item (1–5)</source>
        <translation>คะแนนเฉลี่ยรายข้อ (1–5)</translation>
    </message>
    <message>
        <source>Due to the province: %1</source>
        <translation>กำหนดส่งจังหวัด: %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>ส่งจังหวัดแล้วเมื่อ %1</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(ส่งล่าช้า)</translation>
    </message>
    <message>
        <source>OVERDUE: not sent yet</source>
        <translation>เลยกำหนด: ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Overall score (mean of the 4 main issues)</source>
        <translation>คะแนนรวม (ค่าเฉลี่ยของ 4 ประเด็นหลัก)</translation>
    </message>
    <message>
        <source>Satisfaction percent (score × 20)</source>
        <translation>ร้อยละความพึงพอใจ (คะแนน × 20)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหาอุปสรรค</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>e-Services wanted</source>
        <translation>งานบริการที่ต้องการเพิ่มเติม</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>บันทึกไฟล์ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>กำลังจัดทำไฟล์ PDF…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>เปิดแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>การใช้บริการ (ครั้ง)</translation>
    </message>
    <message>
        <source>Citizens (unique)</source>
        <translation>ผู้รับบริการ (ไม่นับซ้ำ)</translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation>ผู้ตอบแบบสำรวจ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <source>Service time (median)</source>
        <translation>เวลาให้บริการ (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Services offered (KPI ≥ 5)</source>
        <translation>งานบริการที่เปิด (ตัวชี้วัด ≥ 5)</translation>
    </message>
    <message>
        <source>Mark as sent to the province</source>
        <translation>บันทึกว่าส่งจังหวัดแล้ว</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>ส่งออก XLSX…</translation>
    </message>
    <message>
        <source>Open the monthly report (PDF)</source>
        <translation>เปิดรายงานประจำเดือน (PDF)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>จำนวนผู้ตอบ</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Visits over time</source>
        <translation>การใช้บริการตามช่วงเวลา</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>ผู้ตอบแบบสำรวจ</translation>
    </message>
    <message>
        <source>Problems and suggestions</source>
        <translation>ปัญหาและข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>ยังไม่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>ทุกงานบริการ</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>เจ้าหน้าที่ทุกคน</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(ไม่มีข้อมูล)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source> (first 500 shown)</source>
        <translation> (แสดง 500 เรื่องแรก)</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>โทร. %1</translation>
    </message>
    <message>
        <source>pick-up %1</source>
        <translation>นัดรับ %1</translation>
    </message>
    <message>
        <source>The pick-up date is not valid (dd/mm/yyyy B.E.).</source>
        <translation>วันนัดรับเอกสารไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Scan or type: tracking number, citizen ID, name, or last 4 digits of the phone</source>
        <translation>สแกนหรือพิมพ์: เลขรับเรื่อง เลขประจำตัวประชาชน ชื่อ หรือเลขโทรศัพท์ 4 หลักท้าย</translation>
    </message>
    <message>
        <source>Open, by days since the last update:</source>
        <translation>ค้างนับจากอัปเดตล่าสุด:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>from dd/mm/yyyy</source>
        <translation>จากวันที่</translation>
    </message>
    <message>
        <source>to dd/mm/yyyy</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>วันที่ติดต่อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>วันที่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Tracking no. / contact</source>
        <translation>เลขรับเรื่อง / วันที่ติดต่อ</translation>
    </message>
    <message>
        <source>Service / agency</source>
        <translation>งานบริการ / หน่วยงาน</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>ผู้รับบริการ</translation>
    </message>
    <message>
        <source>Status / days</source>
        <translation>สถานะ / วัน</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>ติดตามเรื่อง</translation>
    </message>
</context>
<context>
    <name>SavedStep</name>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>พิมพ์ใบรับเรื่อง (Ctrl+P)</translation>
    </message>
    <message>
        <source>Another service (Enter)</source>
        <translation>งานบริการอื่น (Enter)</translation>
    </message>
    <message>
        <source>End visit (F8)</source>
        <translation>ปิดการรับบริการ (F8)</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>Search e-Services: name, agency (e.g. สปส, ขนส่ง) or category</source>
        <translation>ค้นหางานบริการ: ชื่องาน หน่วยงาน (เช่น สปส, ขนส่ง) หรือหมวดหมู่</translation>
    </message>
    <message>
        <source>Open e-Service (Enter)</source>
        <translation>เปิดงานบริการ (Enter)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>พบ %n งานบริการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Services offered at this counter (most used first)</source>
        <translation>งานบริการที่เปิดให้บริการ (เรียงตามที่ใช้บ่อย)</translation>
    </message>
    <message>
        <source>This catalogue entry has no link: serve it without opening a site.</source>
        <translation>งานบริการนี้ไม่มีลิงก์: ให้บริการได้โดยไม่ต้องเปิดเว็บไซต์</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>ไม่มีลิงก์</translation>
    </message>
    <message>
        <source>Start serving (Enter)</source>
        <translation>เริ่มให้บริการ (Enter)</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services offered at this counter</source>
        <translation>งานบริการที่เปิดให้บริการที่จุดนี้</translation>
    </message>
    <message>
        <source>Tick the e-Services your district offers (at least 5 for the KPI). You can change this later.</source>
        <translation>เลือกงานบริการที่อำเภอเปิดให้บริการ (อย่างน้อย 5 งานบริการตามตัวชี้วัด) แก้ไขภายหลังได้</translation>
    </message>
    <message>
        <source>Type to filter by name or agency</source>
        <translation>พิมพ์เพื่อกรองตามชื่องานบริการหรือหน่วยงาน</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) chosen.</source>
        <translation>
            <numerusform>เลือกแล้ว %n งานบริการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Save district</source>
        <translation>บันทึกข้อมูลอำเภอ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ข้อมูลอำเภอ</translation>
    </message>
    <message>
        <source>Offered services</source>
        <translation>งานบริการที่เปิด</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>pick-up date: dd/mm/yyyy (B.E.), dd/mm or +7</source>
        <translation>วว/ดด/ปปปป, วว/ดด หรือ +7</translation>
    </message>
    <message>
        <source>What happened (who called, what the agency said)</source>
        <translation>เกิดอะไรขึ้น (ใครติดต่อมา หน่วยงานแจ้งว่าอย่างไร)</translation>
    </message>
    <message>
        <source>Save update (Ctrl+Enter)</source>
        <translation>บันทึกสถานะ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ยกเลิก (Esc)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <source>Pick-up date</source>
        <translation>วันนัดรับเอกสาร</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>บัญชีหัวหน้าคนแรก</translation>
    </message>
    <message>
        <source>This account manages officers, offered services and the monthly report.</source>
        <translation>บัญชีนี้ใช้จัดการเจ้าหน้าที่ งานบริการที่เปิดให้บริการ และรายงานประจำเดือน</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>SurveyKioskWindow</name>
    <message>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Survey screen</source>
        <translation>หน้าจอแบบสำรวจ</translation>
    </message>
    <message>
        <source>Paper entry</source>
        <translation>บันทึกจากกระดาษ</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>นำเข้า CSV</translation>
    </message>
    <message>
        <source>Officer questionnaire</source>
        <translation>แบบสอบถามผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Citizen satisfaction survey</source>
        <translation>แบบสำรวจความพึงพอใจของผู้รับบริการ</translation>
    </message>
</context>
<context>
    <name>SurveyPageController</name>
    <message>
        <source>The survey screen is closed.</source>
        <translation>หน้าจอแบบสำรวจปิดอยู่</translation>
    </message>
    <message>
        <source>The survey screen is waiting for a citizen.</source>
        <translation>หน้าจอแบบสำรวจพร้อม รอผู้รับบริการ</translation>
    </message>
    <message>
        <source>A citizen is answering the survey.</source>
        <translation>ผู้รับบริการกำลังตอบแบบสำรวจ</translation>
    </message>
    <message>
        <source>Saving a survey…</source>
        <translation>กำลังบันทึกแบบสำรวจ…</translation>
    </message>
    <message>
        <source>A survey was just completed.</source>
        <translation>มีผู้ตอบแบบสำรวจเสร็จเมื่อสักครู่</translation>
    </message>
    <message>
        <source>The survey screen is asking for an officer&apos;s password.</source>
        <translation>หน้าจอแบบสำรวจกำลังรอรหัสผ่านเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Surveys dated today: %1 · all surveys: %2</source>
        <translation>แบบสำรวจของวันนี้: %1 · ทั้งหมด: %2</translation>
    </message>
    <message>
        <source>Import paper surveys</source>
        <translation>นำเข้าแบบสำรวจฉบับกระดาษ</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s); %3 had been imported before.</source>
        <translation>นำเข้า %1 จาก %2 แถว (%3 แถวเคยนำเข้าแล้ว)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Staff only: close the survey screen</source>
        <translation>สำหรับเจ้าหน้าที่: ปิดหน้าจอแบบสำรวจ</translation>
    </message>
    <message>
        <source>Log in with an officer account to close this screen.</source>
        <translation>เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่เพื่อปิดหน้าจอนี้</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Close survey screen</source>
        <translation>ปิดหน้าจอแบบสำรวจ</translation>
    </message>
    <message>
        <source>Back to the survey</source>
        <translation>กลับไปที่แบบสำรวจ</translation>
    </message>
</context>
<context>
    <name>_ConsentPage</name>
    <message>
        <source>Before reading the card, ask the citizen: the counter will read the name, citizen ID, date of birth, address and photo from the card to provide this e-Service, and keeps only what the service needs. Read the card only if the citizen agrees.</source>
        <translation>ก่อนอ่านบัตร ให้แจ้งผู้รับบริการว่า จุดบริการจะอ่านชื่อ เลขประจำตัวประชาชน วันเกิด ที่อยู่ และรูปถ่ายจากบัตร เพื่อใช้ในงานบริการนี้ และจะเก็บไว้เฉพาะข้อมูลที่งานบริการจำเป็นต้องใช้ อ่านบัตรเมื่อผู้รับบริการยินยอมเท่านั้น</translation>
    </message>
    <message>
        <source>The citizen agrees: read the card</source>
        <translation>ผู้รับบริการยินยอม: อ่านบัตร</translation>
    </message>
    <message>
        <source>The citizen does not agree</source>
        <translation>ผู้รับบริการไม่ยินยอม</translation>
    </message>
    <message>
        <source>Consent to read the ID card</source>
        <translation>ความยินยอมในการอ่านบัตรประจำตัวประชาชน</translation>
    </message>
</context>
<context>
    <name>_ErrorPage</name>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Enter details by hand</source>
        <translation>กรอกข้อมูลเอง</translation>
    </message>
</context>
<context>
    <name>_ReadPage</name>
    <message>
        <source>Use these details</source>
        <translation>ใช้ข้อมูลนี้</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้างข้อมูล</translation>
    </message>
    <message>
        <source>Citizen ID: %1</source>
        <translation>เลขประจำตัวประชาชน: %1</translation>
    </message>
    <message>
        <source>The check digit of this ID does not match</source>
        <translation>เลขตรวจสอบ (หลักสุดท้าย) ของเลขประจำตัวนี้ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Age: not on the card</source>
        <translation>อายุ: ไม่มีข้อมูลในบัตร</translation>
    </message>
    <message>
        <source>Age: %1 years</source>
        <translation>อายุ: %1 ปี</translation>
    </message>
    <message>
        <source>Lifelong card</source>
        <translation>บัตรตลอดชีพ</translation>
    </message>
    <message>
        <source>Card expired on %1</source>
        <translation>บัตรหมดอายุเมื่อ %1</translation>
    </message>
    <message>
        <source>Card valid until %1</source>
        <translation>บัตรใช้ได้ถึง %1</translation>
    </message>
    <message>
        <source>Photo could not be read</source>
        <translation>อ่านรูปถ่ายไม่ได้</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>กำลังโหลดรูปถ่าย…</translation>
    </message>
</context>
<context>
    <name>_ReadingPage</name>
    <message>
        <source>Reading the card… keep it in the reader</source>
        <translation>กำลังอ่านบัตร… อย่าเพิ่งดึงบัตรออก</translation>
    </message>
</context>
<context>
    <name>_WaitingPage</name>
    <message>
        <source>Enter details by hand</source>
        <translation>กรอกข้อมูลเอง</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s ID card, chip first</source>
        <translation>เสียบบัตรประชาชน หันด้านชิปเข้าเครื่อง</translation>
    </message>
</context>
</TS>
