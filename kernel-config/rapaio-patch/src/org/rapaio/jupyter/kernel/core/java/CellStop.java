/*
 * Part of lamp's patch of rapaio-jupyter-kernel 3.0.1 (MIT License, see kernel-config/rapaio-patch/NOTICE.md);
 * not an upstream file.
 */
package org.rapaio.jupyter.kernel.core.java;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Stops a cell's code on interrupt even where it never looks at its interrupt flag (a busy loop). A cell's
 * classes are compiled with a call to {@link #check()} at the start of every method and before every backward
 * jump, as JShell's own local execution engine does on Java 21+; the check throws {@link Stopped} in a thread
 * the kernel was asked to stop. Works on every JDK the kernel runs on (Thread.stop is gone since Java 20).
 * Library code a cell calls is not instrumented: a cell stuck inside a library call stops when control comes
 * back to the cell's own code.
 */
public final class CellStop {

    private static final Logger LOGGER = Logger.getLogger(CellStop.class.getSimpleName());
    private static final String OWNER = CellStop.class.getName().replace('.', '/');

    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();
    private static volatile boolean any;

    private CellStop() {}

    /** Thrown in a cell's thread at its next check after {@link #stop(Thread)}. */
    public static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the cell was interrupted", null, false, false);
        }
    }

    /** Called by instrumented cell code: throws {@link Stopped} if this thread is being stopped. */
    public static void check() {
        if (any && STOPPING.contains(Thread.currentThread())) {
            throw new Stopped();
        }
    }

    static void stop(Thread thread) {
        STOPPING.add(thread);
        any = true;
    }

    static void clear(Thread thread) {
        STOPPING.remove(thread);
        any = !STOPPING.isEmpty();
    }

    /** The class with the checks woven in, or unchanged if it cannot be read (e.g. a class version ASM does not know). */
    static byte[] instrument(byte[] classFile) {
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                    if (mv == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                        return mv;
                    }
                    return new MethodVisitor(Opcodes.ASM9, mv) {
                        private final Set<Label> seen = new HashSet<>();

                        @Override
                        public void visitCode() {
                            super.visitCode();
                            check();
                        }

                        @Override
                        public void visitLabel(Label label) {
                            seen.add(label);
                            super.visitLabel(label);
                        }

                        @Override
                        public void visitJumpInsn(int opcode, Label label) {
                            if (seen.contains(label)) {
                                check();
                            }
                            super.visitJumpInsn(opcode, label);
                        }

                        private void check() {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "check", "()V", false);
                        }
                    };
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            LOGGER.fine("a cell's class is loaded without interrupt checks: " + e);
            return classFile;
        }
    }
}
