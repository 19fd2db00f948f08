/*
 * Modified copy of org.rapaio.jupyter.kernel.channels.LoopThread from rapaio-jupyter-kernel 3.0.1
 * (MIT License, see kernel-config/rapaio-patch/NOTICE.md). Changed by lamp:
 *  - the running flag is raised before the thread starts (upstream raised it after super.start(), so a
 *    thread that reached its loop first ended at once, silently: about 5 % of starts, three loops per kernel);
 *  - a loop body that throws is logged and the loop goes on (upstream let the exception end the thread).
 */
package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thread which runs in loop the loop body after each waiting period.
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (Throwable t) {
                if (!running) {
                    return;
                }
                LOGGER.log(Level.SEVERE, getName() + ": the loop body failed; the loop goes on", t);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
