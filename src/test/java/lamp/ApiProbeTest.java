package lamp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * A randomized probe of the public API: every public constructor and method of every public class
 * below lamp.display (and instance methods of a set of sample objects, including every builder a
 * static no-argument factory returns) is called with valid arguments except one, which is replaced
 * by null, an empty or wrong-length array, NaN, ±∞, a huge or negative value, and then (seeded, {@link #SEED})
 * with several such arguments at once. Each call must end
 * with lamp's own clear message (an exception thrown from lamp's code with a message) or a finite
 * answer, within a few seconds. Raw internal exceptions (NullPointerException,
 * ArrayIndexOutOfBoundsException, NegativeArraySizeException, OutOfMemoryError, exceptions thrown
 * by a library), silent NaN and hangs are failures.
 */
class ApiProbeTest {

    static final Memories XI = Memories.of(new double[] {1, -1, 1, 1}, new double[] {-1, 1, 1, -1}, new double[] {1, 1, -1, 1});

    /** Classes whose calls write files, start threads or own the kernel; checked by their own tests. */
    static final Set<String> SKIPPED_CLASSES = Set.of("lamp.verify.Claims", "lamp.verify.Reproduction", "lamp.base.Interrupts",
            "lamp.linalg.Parallel", "lamp.linalg.Backends", "lamp.linalg.NativeBlas", "lamp.experiment.InPlaceLine",
            "lamp.experiment.Progress");
    /** Methods that run whole experiments or simulations at the sample settings (long by design). */
    static final Set<String> SKIPPED_METHODS = Set.of("run", "runAll", "wait", "notify", "notifyAll", "hashCode", "equals", "toString",
            "getClass", "main");

    /** The seed of the random combinations of bad arguments (reported in every message of a failure they find). */
    static final long SEED = 20261206L;
    static final int RANDOM_ROUNDS = 3;
    final java.util.Random random = new java.util.Random(SEED);
    final Map<Class<?>, Object> samples = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    final Set<String> weak = new TreeSet<>();
    int calls;

    @Test
    void everyPublicEntryPointAnswersBadInputClearly() throws Exception {
        samples.put(Memories.class, XI);
        samples.put(lamp.lagrangian.Lagrangian.class, Lagrangians.tanh(1));
        samples.put(ScalarFunction.class, ScalarFunction.power(3));
        samples.put(ModernHopfield.class, new ModernHopfield(XI, 1));
        samples.put(DenseAssociativeMemory.class, new DenseAssociativeMemory(XI, ScalarFunction.power(3)));
        samples.put(SphericalMemory.class, new SphericalMemory(XI, Lagrangians.logSumExp(1)));
        samples.put(EffectiveNetwork.class, new EffectiveNetwork(XI, Lagrangians.identity(), Lagrangians.logSumExp(1), 1, null));
        samples.put(Network.class, Network.builder(XI).build());
        samples.put(tech.tablesaw.api.Table.class, tech.tablesaw.api.Table.create("probe",
                tech.tablesaw.api.DoubleColumn.create("x", new double[] {Double.NaN, Double.NaN})));
        List<Class<?>> classes = publicClasses();
        for (Class<?> c : classes) {
            for (Method m : sorted(c.getMethods())) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getDeclaringClass() == c
                        && m.getReturnType().getName().startsWith("lamp.") && !SKIPPED_METHODS.contains(m.getName())) {
                    Object o = call(() -> m.invoke(null));
                    if (o != null && !samples.containsKey(o.getClass())) samples.put(o.getClass(), o);
                }
            }
        }
        {
            for (Class<?> c : classes) {
                for (Constructor<?> k : sorted(c.getConstructors())) probe(k, null);
                for (Method m : sorted(c.getMethods())) {
                    if (m.getDeclaringClass() == Object.class || SKIPPED_METHODS.contains(m.getName())) continue;
                    if (c.isEnum() && m.getName().equals("valueOf")) continue;        // the JDK's own Enum.valueOf
                    if (Modifier.isStatic(m.getModifiers())) {
                        if (m.getDeclaringClass() == c) probe(m, null);
                    } else {
                        Object receiver = sampleOf(c);
                        if (receiver != null) probe(m, receiver);
                    }
                }
            }
        }
        System.out.println("API probe (seed " + SEED + "): " + calls + " calls, " + failures.size() + " failures, " + weak.size()
                + " non-finite answers of arithmetic kernels to non-finite or extreme input");
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(calls > 1000, "too few probes: " + calls);
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad answers, the first: " + failures.get(0));
    }

    static List<Class<?>> publicClasses() throws Exception {
        Path root = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("lamp"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("lamp.display") || name.matches(".*\\$\\d.*") || SKIPPED_CLASSES.contains(name.replaceAll("\\$.*", ""))) continue;
                Class<?> c = Class.forName(name);
                if (Modifier.isPublic(c.getModifiers()) && !c.isInterface() && !c.isAnnotation()
                        && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) out.add(c);
            }
        }
        return out;
    }

    Object sampleOf(Class<?> type) {
        for (var e : samples.entrySet()) if (type.isAssignableFrom(e.getKey())) return e.getValue();
        return null;
    }

    /** A valid value of {@code type}, or null when there is none at hand. */
    Object good(Class<?> type) {
        if (type == int.class) return 2;
        if (type == long.class) return 7L;
        if (type == double.class) return 0.5;
        if (type == float.class) return 0.5f;
        if (type == boolean.class) return false;
        if (type == String.class) return "tanh(1)";
        if (type == double[].class) return new double[] {0.5, -0.25, 1, -1};
        if (type == double[][].class) return XI.toArray();
        if (type == int[].class) return new int[] {1, 2};
        if (type.isEnum()) return type.getEnumConstants()[0];
        return sampleOf(type);
    }

    /** The bad values tried in place of a valid one of {@code type}. */
    static List<Object> bad(Class<?> type) {
        if (type == int.class) return List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
        if (type == double.class) {
            return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -1.0, 1e300, -1e300);
        }
        if (type == long.class || type == boolean.class || type == float.class) return List.of();
        List<Object> out = new ArrayList<>();
        out.add(null);
        if (type == double[].class) {
            out.addAll(List.of(new double[0], new double[] {0.5}, new double[] {Double.NaN, 0, 0, 0},
                    new double[] {0, Double.POSITIVE_INFINITY, 0, 0}, new double[] {1e300, -1e300, 1e300, 1e300}, new double[4]));
        }
        if (type == double[][].class) out.addAll(List.of(new double[0][], new double[][] {{1, 2, 3, 4}, {1}}, new double[][] {null}));
        if (type == int[].class) out.addAll(List.of(new int[0], new int[] {-1}));
        if (type == String.class) out.addAll(List.of("", "  ", "no such thing(", "α.1/..\\:*?"));
        return out;
    }

    void probe(Executable target, Object receiver) {
        Class<?>[] types = target.getParameterTypes();
        Object[] base = new Object[types.length];
        for (int i = 0; i < types.length; i++) base[i] = good(types[i]);
        for (int i = 0; i < types.length; i++) {
            for (Object value : bad(types[i])) {
                Object[] args = base.clone();
                args[i] = value;
                String what = target.getDeclaringClass().getName() + "." + (target instanceof Constructor ? "<init>" : target.getName())
                        + Arrays.toString(types).replace("class ", "") + " arg " + i + " = " + show(value);
                check(what, target, receiver, args);
            }
        }
        for (int round = 0; round < RANDOM_ROUNDS && types.length > 1; round++) {     // several bad arguments at once, seeded
            Object[] args = base.clone();
            StringBuilder which = new StringBuilder();
            for (int i = 0; i < types.length; i++) {
                List<Object> values = bad(types[i]);
                if (values.isEmpty() || random.nextBoolean()) continue;
                args[i] = values.get(random.nextInt(values.size()));
                which.append(" arg ").append(i).append(" = ").append(show(args[i]));
            }
            if (which.length() == 0) continue;
            check(target.getDeclaringClass().getName() + "." + (target instanceof Constructor ? "<init>" : target.getName())
                    + Arrays.toString(types).replace("class ", "") + " (random, seed " + SEED + ")" + which, target, receiver, args);
        }
    }

    static String show(Object v) {
        if (v instanceof double[] d) return Arrays.toString(d);
        if (v instanceof double[][] d) return Arrays.deepToString(d);
        if (v instanceof int[] d) return Arrays.toString(d);
        if (v instanceof String s) return "\"" + s + "\"";
        return String.valueOf(v);
    }

    interface Call {
        Object call() throws Exception;
    }

    /** The outcome of one call on its own thread: its result or what it threw; {@code ended} false when it hung. */
    record Outcome(boolean ended, Object result, Throwable thrown) {}

    /**
     * Runs {@code c} on a fresh daemon thread for at most 5 s; one that does not end then is
     * interrupted and, if it ignores that too, stopped, so a hang costs one probe and not the run.
     */
    @SuppressWarnings({"deprecation", "removal"})
    static Outcome run(Call c) {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                result[0] = c.call();
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "api-probe");
        t.setDaemon(true);
        t.start();
        try {
            t.join(5000);
            if (t.isAlive()) {
                t.interrupt();
                t.join(1000);
                if (t.isAlive()) {
                    t.stop();
                    t.join(1000);
                }
                return new Outcome(false, null, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("probe interrupted", e);
        }
        return new Outcome(true, result[0], thrown[0]);
    }

    /** The call's result, or null when it threw or did not end. */
    Object call(Call c) {
        Outcome o = run(c);
        return o.ended() ? o.result() : null;
    }

    void check(String what, Executable target, Object receiver, Object[] args) {
        calls++;
        Outcome o = run(() -> target instanceof Method m ? m.invoke(receiver, args) : ((Constructor<?>) target).newInstance(args));
        if (!o.ended()) {
            failures.add(what + ": no answer within 5 s");
            return;
        }
        if (o.thrown() != null) {
            judge(what, o.thrown());
            return;
        }
        Object result = o.result();
        String bad = result instanceof Double d && !Double.isFinite(d) ? String.valueOf(d)
                : result instanceof double[] d && Arrays.stream(d).anyMatch(x -> !Double.isFinite(x)) ? show(d) : null;
        if (bad == null) return;
        if (DOCUMENTED_NAN.contains(target.getName()) && result instanceof Double d && Double.isNaN(d)) return;
        if (kernel(target) && Arrays.stream(args).anyMatch(ApiProbeTest::extreme)) {
            weak.add(what + " -> " + bad);                          // IEEE arithmetic carrying NaN/∞ (or an overflow of 1e300) through
        } else {
            failures.add(what + ": silent non-finite answer " + bad);
        }
    }

    /**
     * The arithmetic kernels that carry NaN and ∞ through as IEEE arithmetic does, so that a run can
     * stop on them with its reason (Simulation's non-finite stop): ξx, ξᵀy and softmax (lamp.linalg, Memories), a
     * Lagrangian's value, activation and Hessian (lamp.lagrangian), and a relative change. Everything
     * else answers a finite value or lamp's own message.
     */
    static boolean kernel(Executable target) {
        String c = target.getDeclaringClass().getName();
        return c.startsWith("lamp.linalg.") || c.startsWith("lamp.lagrangian.")
                || c.equals("lamp.memory.Memories") && target.getName().startsWith("multiply")
                || target.getName().equals("relativeChange");
    }

    /**
     * Closed forms whose Javadoc gives NaN a meaning, "there is no such state": Model B's retrieval
     * weight below its transition, and the AGS retrieval overlap and wrong bits above α_c.
     */
    static final Set<String> DOCUMENTED_NAN = Set.of("retrievalWeight", "agsOverlap", "agsWrongBits");

    /** An argument that is non-finite, ±1e300 or larger, or holds such an entry (or, for an int, the largest). */
    static boolean extreme(Object a) {
        if (a instanceof Double d) return !Double.isFinite(d) || Math.abs(d) >= 1e300;
        if (a instanceof Integer i) return i == Integer.MAX_VALUE;
        if (a instanceof double[] d) return Arrays.stream(d).anyMatch(x -> !Double.isFinite(x) || Math.abs(x) >= 1e300);
        return false;
    }

    void judge(String what, Throwable t) {
        String message = t.getMessage();
        boolean lampType = t instanceof IllegalArgumentException || t instanceof ArithmeticException || t instanceof IllegalStateException
                || t instanceof UnsupportedOperationException || t instanceof IndexOutOfBoundsException
                || t.getClass().getName().startsWith("lamp.");
        StackTraceElement[] st = t.getStackTrace();
        boolean fromLamp = st.length > 0 && st[0].getClassName().startsWith("lamp.");
        if (Boolean.getBoolean("lamp.probe.messages")) System.out.println("  MSG " + message);
        if (!lampType || !fromLamp || message == null || message.isBlank()) {
            failures.add(what + ": " + t + (st.length > 0 ? " at " + st[0] : ""));
        } else if (doubledPrefix(message)) {
            failures.add(what + ": doubled prefix in '" + message + "'");
        }
    }

    /** A message that repeats its own first clause ("x: x: ..."). */
    static boolean doubledPrefix(String message) {
        int colon = message.indexOf(": ");
        if (colon < 3) return false;
        String head = message.substring(0, colon + 2);
        return message.indexOf(head, colon + 2) >= 0;
    }

    /**
     * Members in a fixed order (by their full signature): the JVM hands them out in no specified order, and
     * the random combinations of bad arguments are drawn along this order, so the same seed must probe the
     * same calls on every JVM.
     */
    private static <T extends java.lang.reflect.Executable> List<T> sorted(T[] members) {
        List<T> list = new ArrayList<>(List.of(members));
        list.sort(java.util.Comparator.comparing(T::toGenericString));
        return list;
    }
}
