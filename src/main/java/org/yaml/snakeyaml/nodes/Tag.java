package org.yaml.snakeyaml.nodes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.util.UriEncoder;

/**
 * This tool's own version of SnakeYAML's node tag, with the same API and the same behaviour, written to start faster.
 * Every node needs a tag, so the class is initialised by every command that reads the knowledge base; the original
 * percent-escapes each of its seventeen constants there (the escaper's classes and a charset decoder loaded for plain
 * ASCII) and fills the table behind {@link #isCompatible} at once, which loads {@code java.sql.Date} through the
 * platform class loader. That cost about 3 ms of a run from the launcher and 7 ms of a {@code java -jar} run (README
 * "Speed"). Here the constants are made as they are (their names need no escaping), and the table is made the first
 * time it is asked for. The build keeps this class instead of the library's (pom.xml, shade filter), and
 * {@code TagTest} checks that both answer alike, constant by constant and on generated tags.
 */
public final class Tag {
    public static final String PREFIX = "tag:yaml.org,2002:";
    public static final Tag YAML = standard("yaml");
    public static final Tag MERGE = standard("merge");
    public static final Tag SET = standard("set");
    public static final Tag PAIRS = standard("pairs");
    public static final Tag OMAP = standard("omap");
    public static final Tag BINARY = standard("binary");
    public static final Tag INT = standard("int");
    public static final Tag FLOAT = standard("float");
    public static final Tag TIMESTAMP = standard("timestamp");
    public static final Tag BOOL = standard("bool");
    public static final Tag NULL = standard("null");
    public static final Tag STR = standard("str");
    public static final Tag SEQ = standard("seq");
    public static final Tag MAP = standard("map");
    /** The tags of the YAML 1.1 type repository above (not {@link #COMMENT}); a mutable set, as in the library. */
    public static final Set<Tag> standardTags = new HashSet<>(15);
    public static final Tag COMMENT = standard("comment");

    static {
        for (Tag tag : new Tag[] {YAML, MERGE, SET, PAIRS, OMAP, BINARY, INT, FLOAT, TIMESTAMP, BOOL, NULL, STR, SEQ, MAP}) {
            standardTags.add(tag);
        }
    }

    private final String value;
    private final boolean secondary;

    /** A tag as written: {@code tag:yaml.org,2002:str}, {@code !custom}; percent-escaped where a URI must be. */
    public Tag(String tag) {
        if (tag == null) {
            throw new NullPointerException("Tag must be provided.");
        }
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("Tag must not be empty.");
        }
        if (tag.trim().length() != tag.length()) {
            throw new IllegalArgumentException("Tag must not contain leading or trailing spaces.");
        }
        this.value = UriEncoder.encode(tag);
        this.secondary = !tag.startsWith(PREFIX);
    }

    /** The global tag of a Java class: the prefix and the class's escaped name. */
    public Tag(Class<? extends Object> clazz) {
        if (clazz == null) {
            throw new NullPointerException("Class for tag must be provided.");
        }
        this.value = PREFIX + UriEncoder.encode(clazz.getName());
        this.secondary = false;
    }

    private Tag(String value, boolean secondary) {
        this.value = value;
        this.secondary = secondary;
    }

    /** A tag of the YAML type repository: the prefix and a name of plain letters, which escaping leaves as it is. */
    private static Tag standard(String name) {
        return new Tag(PREFIX + name, false);
    }

    /** Whether the tag is outside the YAML type repository (it does not start with {@link #PREFIX}). */
    public boolean isSecondary() {
        return secondary;
    }

    public String getValue() {
        return value;
    }

    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    /** The Java class name a global tag names; a secondary tag names none. */
    public String getClassName() {
        if (secondary) {
            throw new YAMLException("Invalid tag: " + value);
        }
        return UriEncoder.decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && value.equals(tag.getValue());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Whether a value of {@code clazz} may stand for a scalar of this tag (numbers for int and float, dates for timestamp). */
    public boolean isCompatible(Class<?> clazz) {
        Set<Class<?>> classes = Compatible.CLASSES.get(this);
        return classes != null && classes.contains(clazz);
    }

    /** Whether this is the global tag of {@code clazz}. */
    public boolean matches(Class<? extends Object> clazz) {
        return value.equals(PREFIX + clazz.getName());
    }

    /** Whether the tag is global (not secondary) but not one of the {@link #standardTags}. */
    public boolean isCustomGlobal() {
        return !secondary && !standardTags.contains(this);
    }

    /** The Java classes each scalar tag accepts, made on first use (java.sql's dates are looked up by name, if present). */
    private static final class Compatible {
        static final Map<Tag, Set<Class<?>>> CLASSES = new HashMap<>();

        static {
            CLASSES.put(FLOAT, new HashSet<>(Set.of(Double.class, Float.class, BigDecimal.class)));
            CLASSES.put(INT, new HashSet<>(Set.of(Integer.class, Long.class, BigInteger.class)));
            Set<Class<?>> dates = new HashSet<>();
            dates.add(Date.class);
            try {
                dates.add(Class.forName("java.sql.Date"));
                dates.add(Class.forName("java.sql.Timestamp"));
            } catch (ClassNotFoundException e) {
                // a runtime without the java.sql module: java.util.Date alone
            }
            CLASSES.put(TIMESTAMP, dates);
        }
    }
}
