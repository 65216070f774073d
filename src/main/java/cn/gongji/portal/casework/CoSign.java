package cn.gongji.portal.casework;

/** A second staff member's user name and password, typed by him on the agent's screen (issue 11, maker–checker). */
public record CoSign(String username, String password) {

    public boolean isEmpty() {
        return username == null || username.isBlank() || password == null || password.isEmpty();
    }

    @Override
    public String toString() {
        return "CoSign[" + username + "]";
    }
}
