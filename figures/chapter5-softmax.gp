# MLP Workbook figure: softmax bars — Chapter 5 · §5.2: sample 1 (label 1) after 40 epochs; output column 0 is never a target
# $bars: index, class, logit z, softmax(z), 1 for the argmax
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'chapter5-softmax.png'
set encoding utf8
$bars << EOD
# index class logit p is_argmax
0 "0 (unused)" -5.5841 0.0000 0
1 "1 (label 1)" 6.1265 0.9999 1
2 "2 (label 2)" -3.1804 0.0001 0
EOD
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
set style fill solid 0.9 border lc rgb "#333333"
set boxwidth 0.7
set xrange [-0.6:2.6]
set xtics scale 0 noenhanced
unset key
set grid noxtics
set xzeroaxis lt 1 lw 1.2 lc rgb "#404040"
bar_colour(is_argmax) = is_argmax > 0.5 ? 13983232 : 4232645
set multiplot layout 1,2 title "Chapter 5 · §5.2: sample 1 (label 1) after 40 epochs; output column 0 is never a target" font ",17" margins 0.08,0.97,0.12,0.86 spacing 0.09,0
# left: the logits z
set title "logits z"
set yrange [-7.692:8.234]
set label 1 "argmax" at 1, 6.1265 center offset 0,2.2 textcolor rgb "#D55E00" front
plot $bars using 1:3:(bar_colour($5)):xtic(2) with boxes lc rgb variable, \
     $bars using 1:($3 >= 0 ? $3 : NaN):(sprintf("%.2f", $3)) with labels offset 0,0.8 font ",16", \
     $bars using 1:($3 < 0 ? $3 : NaN):(sprintf("%.2f", $3)) with labels offset 0,-0.8 font ",16"
# right: softmax(z), the probabilities
set title "softmax(z)"
set yrange [0:1.18]
set label 1 "argmax" at 1, 0.9999 center offset 0,2.2 textcolor rgb "#D55E00" front
plot $bars using 1:4:(bar_colour($5)):xtic(2) with boxes lc rgb variable, \
     $bars using 1:4:(sprintf("%.3f", $4)) with labels offset 0,0.8 font ",16"
unset multiplot
