package org.retour.eval;

/**
 * Why gold narrative evidences were missed, as far as the coder can tell.
 *
 * @param checked          missed evidences checked (0 when not checked)
 * @param otherVoice       of them, coded when the same coder codes every voice's views: lost to whose view it is
 * @param outsideSegments  of the others, those whose own words the coder codes when it reads them alone: a cue
 *                         is there, but no segment of testimony took those words (unquoted, or split apart)
 */
public record MissReasons(int checked, int otherVoice, int outsideSegments) {

    /** Nothing checked. */
    public static final MissReasons NONE = new MissReasons(0, 0, 0);

    public MissReasons {
        if (checked < 0 || otherVoice < 0 || outsideSegments < 0 || otherVoice + outsideSegments > checked) {
            throw new IllegalArgumentException("bad miss counts: " + checked + ", " + otherVoice + ", " + outsideSegments);
        }
    }

    /** The misses no cue of their code finds in their own words. */
    public int noCue() {
        return checked - otherVoice - outsideSegments;
    }

    /** One more missed evidence, lost to whose view it is or outside the segments, or neither. */
    MissReasons add(boolean otherVoice, boolean outsideSegments) {
        return new MissReasons(checked + 1, this.otherVoice + (otherVoice ? 1 : 0),
                this.outsideSegments + (!otherVoice && outsideSegments ? 1 : 0));
    }

    /** Both counts together. */
    public MissReasons plus(MissReasons o) {
        return new MissReasons(checked + o.checked, otherVoice + o.otherVoice, outsideSegments + o.outsideSegments);
    }
}
