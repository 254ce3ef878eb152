package org.ocaq.devsupport;

import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.security.AccountService;
import org.ocaq.security.NewAccount;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo network of the run command: the network office, nine schools in eight countries (one online-only), each
 * with a coordinator, two terms, classes, teachers, families with children, and adult learners, named in correct
 * Azerbaijani. Loaded only with the "demo" profile, and only once: a second start finds it and does nothing.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoNetwork implements ApplicationRunner {

    public static final String PASSWORD = "Ocaq-demo-2026";
    public static final String ADMIN = "ofis@ocaq.example";
    public static final String COORDINATOR = "berlin@ocaq.example";
    public static final String TEACHER = "muellim@ocaq.example";
    public static final String PARENT = "valideyn@ocaq.example";
    public static final String STUDENT = "dinleyici@ocaq.example";

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private final AccountService accounts;
    private final SchoolService schools;
    private final ClassService classes;
    private final PeopleService people;

    public DemoNetwork(AccountService accounts, SchoolService schools, ClassService classes, PeopleService people) {
        this.accounts = accounts;
        this.schools = schools;
        this.classes = classes;
        this.people = people;
    }

    record DemoSchool(String key, String name, String city, String country, Delivery delivery, String zone,
                      String hostLanguage, String address) {
    }

    static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("berlin", "Berlin Azərbaycan Həftəsonu Məktəbi", "Berlin", "DE", Delivery.IN_PERSON,
                    "Europe/Berlin", "de", "Oranienstraße 34, 10999 Berlin"),
            new DemoSchool("koln", "Köln Odlar Yurdu Məktəbi", "Köln", "DE", Delivery.BOTH, "Europe/Berlin", "de",
                    "Venloer Straße 120, 50823 Köln"),
            new DemoSchool("london", "London Saturday School \"Vətən\"", "London", "GB", Delivery.IN_PERSON,
                    "Europe/London", "en", "12 Kensington Gore, London SW7"),
            new DemoSchool("paris", "Paris Azərbaycan Evi Məktəbi", "Paris", "FR", Delivery.IN_PERSON, "Europe/Paris",
                    "fr", "15 rue de Vaugirard, 75006 Paris"),
            new DemoSchool("haaq", "Haaqa Xarıbülbül Məktəbi", "Den Haag", "NL", Delivery.BOTH, "Europe/Amsterdam",
                    "nl", "Laan van Meerdervoort 50, Den Haag"),
            new DemoSchool("stokholm", "Stokholm Günəş Məktəbi", "Stockholm", "SE", Delivery.IN_PERSON,
                    "Europe/Stockholm", "sv", "Drottninggatan 71, Stockholm"),
            new DemoSchool("nyu-york", "Nyu-York Azərbaycan Məktəbi", "New York", "US", Delivery.IN_PERSON,
                    "America/New_York", "en", "245 East 47th Street, New York"),
            new DemoSchool("toronto", "Toronto Çinar Məktəbi", "Toronto", "CA", Delivery.BOTH, "America/Toronto",
                    "en", "400 Bloor Street West, Toronto"),
            new DemoSchool("onlayn", "Ocaq Onlayn Məktəbi", null, "AZ", Delivery.ONLINE, "Asia/Baku", "az", null));

    static final String[] CLASS_NAMES = {
            "Azərbaycan dili 1 (6–7 yaş)", "Azərbaycan dili 2 (8–10 yaş)", "Tarix və mədəniyyət", "Musiqi və rəqs"};
    static final int[][] CLASS_AGES = {{6, 7}, {8, 10}, {10, 14}, {6, 14}};
    static final String[] CLASS_SUBJECTS = {"Azərbaycan dili", "Azərbaycan dili", "Tarix", "Musiqi"};

    static final String[] GIRLS = {"Gülşən", "Ayşən", "Nərgiz", "Ləman", "Fidan", "Xədicə", "Leyla", "Aylin",
            "Səbinə", "Nuray", "Arzu", "Günay", "Aynur", "Zəhra", "Mədinə", "Şəbnəm", "Ülviyyə", "Çiçək",
            "İlahə", "Könül", "Röya", "Səidə", "Əsmər", "Türkan", "Qumru", "Jalə", "Pərvin"};
    static final String[] BOYS = {"Murad", "İlkin", "Ömər", "Ülvi", "Yusif", "Tural", "Kənan", "Mahir", "Elnur",
            "Deniz", "Orxan", "Rəşad", "Elşən", "Vüqar", "Çingiz", "Şahin", "Hüseyn", "Xəyyam", "Ilqar", "İlham",
            "Kamran", "Qasım", "Cəfər", "Əli", "Nihat", "Zaur", "Fərid", "Əmir", "Ağa", "Bəhruz"};
    /** Surnames with their male and female forms; the -li/-zadə forms are the same for both. */
    static final String[][] SURNAMES = {{"Əliyev", "Əliyeva"}, {"Məmmədov", "Məmmədova"}, {"Hüseynov", "Hüseynova"},
            {"Qasımov", "Qasımova"}, {"Şükürov", "Şükürova"}, {"Abbasov", "Abbasova"}, {"Rzayev", "Rzayeva"},
            {"Nəbiyev", "Nəbiyeva"}, {"İsmayılov", "İsmayılova"}, {"Kərimov", "Kərimova"}, {"Quliyev", "Quliyeva"},
            {"Bağırov", "Bağırova"}, {"Vəliyev", "Vəliyeva"}, {"Ağayev", "Ağayeva"}, {"Əhmədov", "Əhmədova"},
            {"Sadıqov", "Sadıqova"}, {"Məlikov", "Məlikova"}, {"Zeynalov", "Zeynalova"}, {"Orucov", "Orucova"},
            {"Xəlilov", "Xəlilova"}, {"Çələbiyev", "Çələbiyeva"}, {"Həsənov", "Həsənova"}, {"Cəfərli", "Cəfərli"},
            {"Hüseynli", "Hüseynli"}, {"Əlizadə", "Əlizadə"}, {"Qasımzadə", "Qasımzadə"}, {"Yusifli", "Yusifli"}};
    static final String[] QUALIFICATIONS = {
            "Bakı Dövlət Universiteti, filologiya", "ADPU, ibtidai sinif müəllimliyi", "Musiqi Akademiyası, fortepiano",
            "Xəzər Universiteti, tarix", "Naxçıvan Dövlət Universiteti, Azərbaycan dili və ədəbiyyatı"};

    @Override
    public void run(ApplicationArguments args) {
        SystemContext.run(this::loadIfMissing);
    }

    public void loadIfMissing() {
        if (accounts.findAccountId(ADMIN).isPresent()) {
            log.info("Demo network already present");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(2026);
        for (String[] country : new String[][]{{"DE", "16"}, {"GB", "13"}, {"FR", "15"}, {"NL", "16"}, {"SE", "13"},
                {"US", "13"}, {"CA", "13"}, {"AZ", "16"}}) {
            schools.ensureCountry(country[0], Integer.parseInt(country[1]));
        }
        accounts.createAccountsWithSharedPassword(List.of(
                new NewAccount(ADMIN, "Şəbəkə Ofisi", Languages.AZERBAIJANI, Set.of(Role.NETWORK_ADMIN), null)), PASSWORD);

        int childCount = 0;
        int familyCount = 0;
        int teacherCount = 0;
        int classCount = 0;
        for (DemoSchool demo : SCHOOLS) {
            long schoolId = schools.createSchool(new SchoolForm(demo.name(), demo.city(), demo.country(),
                    demo.delivery(), ZoneId.of(demo.zone()), demo.address(), demo.key() + "@ocaq.example",
                    "+994 12 555 00 00", "Həftəsonu Azərbaycan dili, tarix və musiqi dərsləri.",
                    List.of("az", demo.hostLanguage()).stream().distinct().toList()));
            long coordinatorId = accounts.createAccountsWithSharedPassword(List.of(new NewAccount(
                    demo.key() + "@ocaq.example", person(random, true) + " (" + (demo.city() == null ? "Onlayn" : demo.city()) + ")",
                    Languages.AZERBAIJANI, Set.of(Role.COORDINATOR), null)), PASSWORD).get(0);
            schools.appointCoordinator(schoolId, coordinatorId);
            schools.createTerm(schoolId, "2026 payız", LocalDate.of(2026, 9, 5), LocalDate.of(2026, 12, 19));
            schools.createTerm(schoolId, "2027 yaz", LocalDate.of(2027, 1, 16), LocalDate.of(2027, 6, 12));

            List<Long> classIds = new ArrayList<>();
            int classesHere = demo.delivery() == Delivery.ONLINE ? 2 : (demo.key().equals("berlin") ? 4 : 3);
            for (int c = 0; c < classesHere; c++) {
                String language = c == 3 ? demo.hostLanguage() : "az";
                boolean online = demo.delivery() == Delivery.ONLINE || (demo.delivery() == Delivery.BOTH && c == 1);
                List<WeeklySlot> slots = demo.delivery() == Delivery.ONLINE
                        ? List.of(new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(11 + 2 * c, 0), 50))
                        : List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10 + c, 0), 50));
                classIds.add(classes.createClass(schoolId, new ClassForm(CLASS_NAMES[c], CLASS_SUBJECTS[c],
                        c < 2 ? "A" + (c + 1) : null, CLASS_AGES[c][0], CLASS_AGES[c][1], language, 12 + 2 * c,
                        demo.delivery() == Delivery.ONLINE ? null : "Otaq " + (c + 1),
                        online ? "https://meet.ocaq.example/" + demo.key() + "-" + (c + 1) : null, true, slots)));
                classCount++;
            }

            List<NewAccount> teacherAccounts = new ArrayList<>();
            List<String> teacherNames = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String name = person(random, false);
                teacherNames.add(name);
                String email = demo.key().equals("berlin") && t == 0 ? TEACHER
                        : "muellim." + demo.key() + "." + (t + 1) + "@ocaq.example";
                teacherAccounts.add(new NewAccount(email, name, Languages.AZERBAIJANI, Set.of(Role.TEACHER), null));
            }
            List<Long> teacherAccountIds = accounts.createAccountsWithSharedPassword(teacherAccounts, PASSWORD);
            for (int t = 0; t < teacherAccountIds.size(); t++) {
                people.addTeacher(schoolId, teacherAccountIds.get(t), new TeacherForm(teacherNames.get(t),
                        teacherAccounts.get(t).email(), "az, " + demo.hostLanguage() + ", ru",
                        QUALIFICATIONS[t % QUALIFICATIONS.length]));
                classes.assignTeacher(classIds.get(t % classIds.size()), teacherAccountIds.get(t));
                teacherCount++;
            }
            // The demo teacher teaches two classes, and is also a parent (below).
            if (demo.key().equals("berlin")) {
                classes.assignTeacher(classIds.get(1), teacherAccountIds.get(0));
            }

            if (demo.delivery() == Delivery.ONLINE) {
                List<NewAccount> learners = new ArrayList<>();
                for (int l = 0; l < 4; l++) {
                    String email = l == 0 ? STUDENT : "dinleyici." + (l + 1) + "@ocaq.example";
                    learners.add(new NewAccount(email, person(random, random.nextBoolean()), Languages.AZERBAIJANI,
                            Set.of(Role.STUDENT), null));
                }
                List<Long> learnerIds = accounts.createAccountsWithSharedPassword(learners, PASSWORD);
                for (int l = 0; l < learnerIds.size(); l++) {
                    people.addAdultLearner(schoolId, learnerIds.get(l), learners.get(l).displayName(),
                            learners.get(l).email());
                }
            }

            int familiesHere = demo.delivery() == Delivery.ONLINE ? 10 : 18;
            List<NewAccount> parentAccounts = new ArrayList<>();
            List<GuardianForm> guardians = new ArrayList<>();
            List<Long> familyIds = new ArrayList<>();
            for (int f = 0; f < familiesHere; f++) {
                String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
                boolean mother = random.nextBoolean();
                String guardianName = (mother ? pick(random, GIRLS) + " " + surname[1] : pick(random, BOYS) + " " + surname[0]);
                String email = demo.key().equals("berlin") && f == 0 ? PARENT
                        : "valideyn." + demo.key() + "." + (f + 1) + "@ocaq.example";
                GuardianForm guardian = new GuardianForm(guardianName, email, phone(random, demo.country()), "az");
                int kids = 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) == 0 ? 1 : 0);
                List<ChildForm> children = new ArrayList<>();
                for (int k = 0; k < kids; k++) {
                    boolean girl = random.nextBoolean();
                    String first = girl ? pick(random, GIRLS) : pick(random, BOYS);
                    String last = girl ? surname[1] : surname[0];
                    LocalDate born = LocalDate.of(2012 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    children.add(new ChildForm(first, last, passportSpelling(first + " " + last), born,
                            "az, " + demo.hostLanguage()));
                }
                familyIds.add(people.createFamily(schoolId, surname[0] + " ailəsi", List.of(guardian), children));
                childCount += kids;
                familyCount++;
                parentAccounts.add(new NewAccount(email, guardianName, Languages.AZERBAIJANI, Set.of(Role.PARENT), null));
                guardians.add(guardian);
            }
            List<Long> parentIds = accounts.createAccountsWithSharedPassword(parentAccounts, PASSWORD);
            for (int f = 0; f < parentIds.size(); f++) {
                people.linkGuardianAccount(familyIds.get(f), parentIds.get(f), guardians.get(f));
            }
            if (demo.key().equals("berlin")) {
                long teacherFamily = people.createFamily(schoolId, teacherNames.get(0) + " ailəsi",
                        List.of(new GuardianForm(teacherNames.get(0), TEACHER, null, "az")),
                        List.of(new ChildForm("Əli", lastNameOf(teacherNames.get(0)), null, LocalDate.of(2018, 4, 2), "az, de")));
                people.linkGuardianAccount(teacherFamily, teacherAccountIds.get(0),
                        new GuardianForm(teacherNames.get(0), TEACHER, null, "az"));
                familyCount++;
                childCount++;
            }
        }
        log.info("Demo network loaded in {} ms: {} schools, {} classes, {} teachers, {} families, {} children",
                (System.nanoTime() - started) / 1_000_000, SCHOOLS.size(), classCount, teacherCount, familyCount,
                childCount);
    }

    private static String person(Random random, boolean woman) {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        return woman ? pick(random, GIRLS) + " " + surname[1] : pick(random, BOYS) + " " + surname[0];
    }

    private static String lastNameOf(String fullName) {
        return fullName.substring(fullName.indexOf(' ') + 1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String phone(Random random, String country) {
        String prefix = switch (country) {
            case "DE" -> "+49 151 ";
            case "GB" -> "+44 7700 ";
            case "FR" -> "+33 6 ";
            case "NL" -> "+31 6 ";
            case "SE" -> "+46 70 ";
            case "US", "CA" -> "+1 416 ";
            default -> "+994 50 ";
        };
        return prefix + (1000000 + random.nextInt(8999999));
    }

    /** How a name is often spelt in a European passport: without Azerbaijani letters. */
    static String passportSpelling(String name) {
        return name.replace("Ə", "A").replace("ə", "a").replace("Ş", "Sh").replace("ş", "sh").replace("Ç", "Ch")
                .replace("ç", "ch").replace("Ğ", "Gh").replace("ğ", "gh").replace("Ü", "U").replace("ü", "u")
                .replace("Ö", "O").replace("ö", "o").replace("İ", "I").replace("ı", "i").replace("Q", "G")
                .replace("q", "g").replace("X", "Kh").replace("x", "kh").toUpperCase(Locale.ROOT);
    }
}
