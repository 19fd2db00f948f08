package lamp.display;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.display.DisplayData;

/**
 * Sends a {@link MimeBundle} to whichever Jupyter kernel lamp runs in, without a compile-time dependency on
 * IJava or JJava (reflection) and loading the rapaio bridge only when that kernel is present.
 */
final class KernelBridge {

    /** Metadata key of a live status display ({@code {"lamp": {"status_line": true}}}), read by the notebook checks. */
    static final String STATUS_METADATA = "lamp";

    private static final String RAPAIO_MAIN = "org.rapaio.jupyter.kernel.MainApp";

    /** (kernel name, class, static no-argument method returning the kernel), most specific first. */
    private static final String[][] REFLECTIVE = {
        {"jjava", "org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel"},
        {"jjava", "org.dflib.jjava.JJava", "getKernelInstance"},
        {"ijava", "io.github.spencerpark.ijava.IJava", "getKernelInstance"},
    };

    private KernelBridge() {}

    static String detect() {
        if (RapaioAccess.kernelRunning()) {
            return "rapaio";
        }
        for (String[] k : REFLECTIVE) {
            if (reflectiveKernel(k[1], k[2]) != null) {
                return k[0];
            }
        }
        return "none";
    }

    /** Displays the bundle; false if no kernel is running (the caller then prints the text). */
    static boolean display(MimeBundle bundle) {
        if (RapaioAccess.kernelRunning()) {
            RapaioAccess.display(bundle);
            return true;
        }
        for (String[] k : REFLECTIVE) {
            Object kernel = reflectiveKernel(k[1], k[2]);
            if (kernel != null) {
                displayReflectively(k[0], kernel, bundle);
                return true;
            }
        }
        return false;
    }

    /** True if a running kernel can update a display in place (the rapaio kernel). */
    static boolean canUpdate() {
        return RapaioAccess.kernelRunning();
    }

    /**
     * Creates ({@code update} false) or replaces ({@code update} true) the display {@code id} in the rapaio
     * kernel; its metadata marks it as lamp's status line.
     */
    static void live(String id, MimeBundle bundle, boolean update) {
        RapaioAccess.live(id, bundle, update);
    }

    private static Class<?> load(String name) {
        ClassLoader[] loaders = {
            Thread.currentThread().getContextClassLoader(), KernelBridge.class.getClassLoader()
        };
        for (ClassLoader cl : loaders) {
            if (cl == null) {
                continue;
            }
            try {
                return Class.forName(name, false, cl);
            } catch (ClassNotFoundException | LinkageError e) {
                // not this loader
            }
        }
        return null;
    }

    private static Object reflectiveKernel(String className, String method) {
        Class<?> c = load(className);
        if (c == null) {
            return null;
        }
        try {
            Method m = c.getMethod(method);
            return m.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** kernel.display(DisplayData) where DisplayData has a no-argument constructor and putData(String, Object). */
    private static void displayReflectively(String name, Object kernel, MimeBundle bundle) {
        try {
            Method display = null;
            for (Method m : kernel.getClass().getMethods()) {
                if (m.getName().equals("display") && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].getSimpleName().equals("DisplayData")) {
                    display = m;
                    break;
                }
            }
            if (display == null) {
                throw new IllegalStateException("no display(DisplayData) method on " + kernel.getClass().getName());
            }
            Class<?> dataClass = display.getParameterTypes()[0];
            Constructor<?> ctor = dataClass.getConstructor();
            Object data = ctor.newInstance();
            Method put = dataClass.getMethod("putData", String.class, Object.class);
            for (Map.Entry<String, String> e : bundle.data().entrySet()) {
                put.invoke(data, e.getKey(), e.getValue());
            }
            display.invoke(kernel, data);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("lamp could not display through the " + name + " kernel ("
                    + e + "); use a kernel version lamp knows (see README, 'Using lamp from another kernel')", e);
        }
    }

    /** Kept in its own class so the rapaio types are only linked when that kernel is on the classpath. */
    private static final class RapaioAccess {

        /**
         * True only inside a running rapaio kernel process. The kernel's main class builds a whole kernel in its
         * static initializer, so it is touched only when this JVM was started as that kernel.
         */
        static boolean kernelRunning() {
            if (!startedAsRapaioKernel()) {
                return false;
            }
            Class<?> main = load(RAPAIO_MAIN);
            if (main == null) {
                return false;
            }
            try {
                return MainApp.kernel != null && MainApp.kernel.channels() != null;
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }

        private static boolean startedAsRapaioKernel() {
            String command = System.getProperty("sun.java.command", "");
            if (command.contains("org.rapaio.jupyter.kernel") || command.contains("rapaio-jupyter-kernel")) {
                return true;
            }
            return System.getenv().keySet().stream().anyMatch(k -> k.startsWith("RJK_"));
        }

        static void display(MimeBundle bundle) {
            DisplayData data = RapaioDisplay.toDisplayData(bundle);
            data.setDisplayId(UUID.randomUUID().toString());
            MainApp.kernel.display(data);
        }

        static void live(String id, MimeBundle bundle, boolean update) {
            DisplayData data = RapaioDisplay.toDisplayData(bundle);
            data.setDisplayId(id);
            data.putMetaData(STATUS_METADATA, Map.of("status_line", true));
            if (update) {
                MainApp.kernel.updateDisplay(data);
            } else {
                MainApp.kernel.display(data);
            }
        }
    }
}
