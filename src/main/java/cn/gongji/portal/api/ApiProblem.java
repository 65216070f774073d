package cn.gongji.portal.api;

/**
 * An error answer of the API (RFC 9457 problem details) with the portal's stable {@code code}. The components
 * are written in this order: {@code {"type","title","status","detail","code"}}.
 *
 * @param type   a URN naming the problem kind, one per code
 * @param title  a short, plain-English summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this request and, where possible, how to fix it
 * @param code   the stable code a client program switches on (a {@link cn.gongji.portal.shared.Refusal} name, or
 *               one of the transport codes such as {@code UNAUTHORIZED})
 */
public record ApiProblem(String type, String title, int status, String detail, String code) {

    public static ApiProblem of(int status, String code, String title, String detail) {
        return new ApiProblem("urn:gongji:problem:" + code, title, status, detail, code);
    }
}
